// Browser benchmark of the assessment's results view: how long the ranked list takes to update
// after a filter change, in the release build in headless Chromium. Not a test: it prints
// figures for docs/performance.md and asserts nothing about time.
//
//   trunk build --release && node bench/assessment-filters.mjs [dist]
import { spawn } from "node:child_process";
import { chromium } from "@playwright/test";

const dist = process.argv[2] ?? "dist";
const port = 4175;
const rounds = 5;

// An Investigative person with every item answered: interests R I A S E C, then styles, values.
const answers = {};
const areas = ["r", "i", "a", "s", "e", "c"];
const levels = { r: 2, i: 5, a: 3, s: 2, e: 2, c: 3 };
for (const area of areas) for (let n = 1; n <= 5; n++) answers[`${area}${n}`] = levels[area];
const state = {
  format: "careerlens-assessment-state",
  version: 1,
  screen: 59,
  finished: true,
  answers: { format: "careerlens-answers", version: 1, answers, job_zone: 4, current: null },
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = spawn("node", ["e2e/serve.mjs", dist, String(port)], { stdio: "ignore" });
await new Promise((resolve) => setTimeout(resolve, 500));
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
});
try {
  const page = await browser.newPage();
  await page.addInitScript((saved) => localStorage.setItem("careerlens.assessment.v1", saved), JSON.stringify(state));
  const started = Date.now();
  await page.goto(`http://127.0.0.1:${port}/assessment/results`);
  await page.locator("[data-testid=match]").first().waitFor();
  console.log(`results shown ${Date.now() - started} ms after navigation (index download, parse and ranking)`);
  const samples = await page.evaluate(async (rounds) => {
    const select = [...document.querySelectorAll("select")].find((s) =>
      s.closest("label")?.textContent?.startsWith("Category"),
    );
    const list = document.querySelector("[data-testid=matches]");
    const values = [...select.options].map((o) => o.value);
    const out = [];
    for (let round = 0; round < rounds; round++) {
      for (const value of [...values.slice(1), ""]) {
        const changed = new Promise((resolve) => {
          const observer = new MutationObserver(() => {
            observer.disconnect();
            resolve(performance.now());
          });
          observer.observe(list.parentElement, { childList: true, subtree: true, characterData: true });
        });
        const frame = new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
        const t0 = performance.now();
        select.value = value;
        select.dispatchEvent(new Event("change", { bubbles: true }));
        const [domAt, frameAt] = await Promise.all([changed, frame]);
        out.push({ update: domAt - t0, beforeNextFrame: domAt <= frameAt });
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
    return out;
  }, rounds);
  const updates = samples.map((s) => s.update);
  const inFrame = samples.filter((s) => s.beforeNextFrame).length;
  console.log(
    `category filter: ${samples.length} changes, median ${median(updates).toFixed(2)} ms, ` +
      `max ${Math.max(...updates).toFixed(2)} ms, ${inFrame} of ${samples.length} updated before the next frame`,
  );
} finally {
  await browser.close();
  server.kill();
}
