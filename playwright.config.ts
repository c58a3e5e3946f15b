// End-to-end tests run against the release build in dist/ (or the folder E2E_DIST names), served on
// localhost by e2e/serve.mjs, in Debian's Chromium (Playwright never downloads a browser here).
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 4173);
const dist = process.env.E2E_DIST ?? "dist";

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "off",
    // A service worker answers requests before Playwright's routes see them; the offline tests
    // (e2e/offline.spec.ts) allow it in contexts of their own.
    serviceWorkers: "block",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [
    { name: "desktop-light", use: { ...devices["Desktop Chrome"], colorScheme: "light" } },
    {
      name: "mobile-dark",
      use: { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, colorScheme: "dark" },
    },
  ],
  webServer: [
    {
      command: `node e2e/serve.mjs ${JSON.stringify(dist)} ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      // The server compresses the large files before it listens (about 10 s on this machine).
      timeout: 90_000,
    },
    {
      // The embed tests' host site, on another host name and port.
      command: `node e2e/host/server.mjs ${port + 1}`,
      url: `http://localhost:${port + 1}/host.css`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
