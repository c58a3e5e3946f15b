// Captures docs/screenshots/embed-host-1280.png: the embed tests' host site (another origin, its
// own styles) with a script-embed card and an iframe-embed card. Run `node
// scripts/embed-screenshot.mjs` after `trunk build --release`.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { chromium } from "@playwright/test";

const careerlens = "http://127.0.0.1:4176";
const hostSite = "http://localhost:4177";
const servers = [
  spawn("node", ["e2e/serve.mjs", "dist", "4176"], { stdio: "ignore" }),
  spawn("node", ["e2e/host/server.mjs", "4177"], { stdio: "ignore" }),
];
await new Promise((resolve) => setTimeout(resolve, 700));

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 2300 }, colorScheme: "light" });
  // The iframe snippet as the profile's "Embed this" dialog gives it.
  await page.goto(`${careerlens}/occupation/sommelier`);
  await page.getByRole("button", { name: "Embed this" }).click();
  await page.getByLabel("Section", { exact: true }).selectOption("skills");
  const frameSnippet = await page.getByLabel("Iframe embed").inputValue();
  const listener = frameSnippet.match(/<script>([\s\S]*)<\/script>/)[1];
  const hash = createHash("sha256").update(listener).digest("base64");
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Careers at Example School</title>
<link rel="stylesheet" href="/host.css"></head><body>
<h1>Example School careers</h1>
<p>A script embed (the outlook of chief ICT security officer) and an iframe embed (the skills of a sommelier) on a page with its own fonts and colours.</p>
<careerlens-card occupation="chief-ict-security-officer" section="outlook" theme="light"></careerlens-card>
<script type="module" src="${careerlens}/widget.js"></script>
${frameSnippet}
</body></html>`;
  const policy = `default-src 'self'; script-src 'self' ${careerlens} 'wasm-unsafe-eval' 'sha256-${hash}'; connect-src ${careerlens}; frame-src ${careerlens}; style-src 'self'`;
  const created = await page.request.post(`${hostSite}/pages`, { data: { html, policy } });
  const { path } = await created.json();
  await page.goto(`${hostSite}${path}`);
  await page.locator("careerlens-card .cl-card__title").waitFor();
  await page.frameLocator("iframe").locator("careerlens-card .cl-card__title").waitFor();
  await page.waitForLoadState("networkidle");
  // The frame has sized itself once its height matches its content's.
  const iframe = page.locator("iframe");
  const content = page.frameLocator("iframe").locator("html");
  for (let tries = 0; tries < 50; tries++) {
    const inner = await content.evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
    if ((await iframe.getAttribute("height")) === String(inner)) break;
    await page.waitForTimeout(100);
  }
  // Crop to the page's content, which is shorter than the tall viewport that avoids a re-layout.
  const height = await page.evaluate(() => Math.ceil(document.documentElement.scrollHeight));
  await page.setViewportSize({ width: 1280, height: Math.min(height, 2300) });
  await page.screenshot({ path: "docs/screenshots/embed-host-1280.png" });
  console.log("docs/screenshots/embed-host-1280.png");
} finally {
  await browser.close();
  for (const server of servers) server.kill();
}
