// Captures the README's screenshots from the release build: `node scripts/screenshots.mjs`
// (after `trunk build --release`). Each page is shot at a desktop and a phone width.
// Pages under /assessment are shot with the answers in scripts/screenshot-answers.json saved in
// the browser, as if that person had taken the assessment.
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { chromium } from "@playwright/test";

const port = 4174;
const shots = [
  { path: "/", name: "home" },
  ...process.argv.slice(2).map((arg) => {
    const [path, name] = arg.split("=");
    return { path, name };
  }),
];

const savedState = JSON.stringify({
  format: "careerlens-assessment-state",
  version: 1,
  screen: 59,
  finished: true,
  answers: JSON.parse(readFileSync("scripts/screenshot-answers.json", "utf8")),
});

const server = spawn("node", ["e2e/serve.mjs", "dist", String(port)], { stdio: "ignore" });
await new Promise((resolve) => setTimeout(resolve, 500));
mkdirSync("docs/screenshots", { recursive: true });
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
});
try {
  for (const { path, name } of shots) {
    for (const width of [1280, 375]) {
      const page = await browser.newPage({ viewport: { width, height: width === 1280 ? 1500 : 900 }, colorScheme: "light" });
      if (path.startsWith("/assessment")) {
        await page.addInitScript((state) => localStorage.setItem("careerlens.assessment.v1", state), savedState);
      }
      await page.goto(`http://127.0.0.1:${port}${path}`);
      await page.getByRole("heading", { level: 1 }).waitFor();
      await page.waitForLoadState("networkidle");
      await page.screenshot({ path: `docs/screenshots/${name}-${width}.png` });
      await page.close();
      console.log(`docs/screenshots/${name}-${width}.png`);
    }
  }
} finally {
  await browser.close();
  server.kill();
}
