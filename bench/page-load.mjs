// The page-load benchmark of docs/performance.md: cold loads of the release site in headless
// Chromium on Lighthouse's mobile profile (CPU 4x slower, 150 ms round trip, 1.6 Mbit/s down),
// served compressed from this machine by e2e/serve.mjs. For the chief ICT security officer's
// profile, the home page and the assessment page it reports, as the median of RUNS cold loads,
// the time until the page's main content is visible, the time until the app answers input (the
// `data-app="ready"` mark src/main.rs sets once mounted), and the bytes transferred by type. In
// the same run it loads a static HTML page with the same CISO content, written here from the
// dataset, as the floor our profile is compared with. Usage: node bench/page-load.mjs [DIST]
import { spawn } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "@playwright/test";

const dist = process.argv[2] ?? "dist";
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const PORT = Number(process.env.BENCH_PORT ?? 4190);
const CISO = "chief-ict-security-officer";

// Lighthouse's mobile throttling, applied by DevTools rather than simulated.
const CPU_SLOWDOWN = 4;
const NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};

const escapeHtml = (text) =>
  String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The static floor: the CISO's title, outlook numbers and skills as plain HTML with the site's CSS. */
function writeStaticFloor(dir) {
  const detail = JSON.parse(readFileSync(join(dist, "data", "occupations", `${CISO}.json`), "utf8"));
  const css = readdirSync(dist).find((f) => /^main-.*\.css$/.test(f));
  copyFileSync(join(dist, css), join(dir, css));
  const s = detail.scores;
  const skills = detail.essential.map((skill) => `<li>${escapeHtml(skill.label)}</li>`).join("");
  writeFileSync(
    join(dir, "ciso.html"),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(detail.title)} · CareerLens</title><link rel="stylesheet" href="/${css}"></head>
<body><main class="page"><h1>${escapeHtml(detail.title)}</h1><p>${escapeHtml(detail.description)}</p>
<section id="outlook"><h2>Future outlook</h2><div class="outlook">
<div class="metric" data-testid="resilience"><p class="metric__label">Resilience score</p><p class="metric__value"><span class="metric__number">${s.r}</span><span class="metric__unit"> / 100</span></p></div>
<div class="metric" data-testid="ai-exposure"><p class="metric__label">AI exposure</p><p class="metric__value"><span class="metric__number">${s.ai}</span><span class="metric__unit"> %</span></p></div>
</div></section><section id="skills"><h2>Skills and knowledge</h2><ul>${skills}</ul></section></main></body></html>
`,
  );
}

/** Starts e2e/serve.mjs on `root` and resolves once it listens. */
function serve(root, port) {
  return new Promise((resolve, reject) => {
    const child = spawn("node", ["e2e/serve.mjs", root, String(port)], { stdio: ["ignore", "pipe", "inherit"] });
    child.stdout.once("data", () => resolve(child));
    child.once("exit", (code) => reject(new Error(`serve.mjs exited with ${code}`)));
  });
}

// Records, from the start of navigation, when `selector` first shows on a rendered frame and
// when the app marks itself ready. Installed before any page script runs. An element is laid out
// on request as soon as it is parsed, before the page's stylesheets have arrived; the browser
// renders no frame until they have, so the content counts as visible after the first frame that
// follows its arrival.
const observer = (selector) => {
  const marks = { content: null, ready: null };
  window.__bench = marks;
  let arrived = false;
  const check = () => {
    const el = document.querySelector(selector);
    if (!arrived && el && el.getClientRects().length > 0) {
      arrived = true;
      requestAnimationFrame(() => setTimeout(() => (marks.content = performance.now())));
    }
    if (marks.ready === null && document.documentElement.dataset.app === "ready") marks.ready = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
  document.addEventListener("DOMContentLoaded", check);
};

/** One cold load: a fresh context (empty cache), throttled, until the content is visible. */
async function coldLoad(browser, url, selector, waitForApp) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", NETWORK);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  const types = new Map();
  const bytes = {};
  cdp.on("Network.responseReceived", ({ requestId, type, response }) => {
    types.set(requestId, response.mimeType === "application/wasm" ? "wasm" : type.toLowerCase());
  });
  cdp.on("Network.loadingFinished", ({ requestId, encodedDataLength }) => {
    const type = types.get(requestId) ?? "other";
    bytes[type] = (bytes[type] ?? 0) + encodedDataLength;
  });
  await page.addInitScript(observer, selector);
  await page.goto(url, { waitUntil: "load" });
  await page.waitForFunction(() => window.__bench.content !== null, null, { timeout: 120_000 });
  if (waitForApp) await page.waitForFunction(() => window.__bench.ready !== null, null, { timeout: 120_000 });
  await page.waitForLoadState("networkidle");
  const marks = await page.evaluate(() => window.__bench);
  await context.close();
  return { ...marks, bytes };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const floorDir = mkdtempSync(join(tmpdir(), "careerlens-floor-"));
writeStaticFloor(floorDir);
const site = await serve(dist, PORT);
const floor = await serve(floorDir, PORT + 1);
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking"],
});
const pages = [
  { name: "CISO profile", url: `http://127.0.0.1:${PORT}/occupation/${CISO}`, selector: '[data-testid="resilience"] .metric__number', app: true },
  { name: "home", url: `http://127.0.0.1:${PORT}/`, selector: "#hero-heading", app: true },
  { name: "assessment", url: `http://127.0.0.1:${PORT}/assessment`, selector: "main h1", app: true },
  { name: "static CISO floor", url: `http://127.0.0.1:${PORT + 1}/ciso.html`, selector: '[data-testid="resilience"] .metric__number', app: false },
];
const results = {};
try {
  for (const p of pages) {
    // One load first, not counted, so the server has compressed every file once.
    await coldLoad(browser, p.url, p.selector, p.app);
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await coldLoad(browser, p.url, p.selector, p.app));
    const kinds = [...new Set(runs.flatMap((r) => Object.keys(r.bytes)))].sort();
    results[p.name] = {
      content_ms: Math.round(median(runs.map((r) => r.content))),
      ready_ms: p.app ? Math.round(median(runs.map((r) => r.ready))) : null,
      bytes: Object.fromEntries(kinds.map((k) => [k, Math.round(median(runs.map((r) => r.bytes[k] ?? 0)))])),
    };
  }
} finally {
  await browser.close();
  site.kill();
  floor.kill();
}

const floorMs = results["static CISO floor"].content_ms;
console.log(`cold loads: median of ${RUNS}; CPU ${CPU_SLOWDOWN}x slower, ${NETWORK.latency} ms round trip, 1.6 Mbit/s down`);
for (const [name, r] of Object.entries(results)) {
  const total = Object.values(r.bytes).reduce((a, b) => a + b, 0);
  const byType = Object.entries(r.bytes).map(([k, v]) => `${k} ${v}`).join(", ");
  console.log(
    `${name}: content visible ${r.content_ms} ms` +
      (r.ready_ms === null ? "" : `, interactive ${r.ready_ms} ms`) +
      `; ${total} bytes (${byType})`,
  );
}
const ciso = results["CISO profile"].content_ms;
console.log(`CISO outlook: ${(ciso / floorMs).toFixed(2)} x the static floor (budget 1.3)`);
writeFileSync(join(process.env.BENCH_OUT ?? tmpdir(), "careerlens-page-load.json"), JSON.stringify(results, null, 2));
