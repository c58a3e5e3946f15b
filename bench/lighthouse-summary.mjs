// Prints the scores and the two budgeted metrics of Lighthouse JSON reports: one line a page.
// Usage: node bench/lighthouse-summary.mjs report.json...
import { readFileSync } from "node:fs";

for (const file of process.argv.slice(2)) {
  const report = JSON.parse(readFileSync(file, "utf8"));
  const score = (id) => Math.round((report.categories[id]?.score ?? 0) * 100);
  const audit = (id) => report.audits[id]?.numericValue ?? NaN;
  console.log(
    `${report.finalDisplayedUrl}: performance ${score("performance")}, accessibility ${score("accessibility")}, ` +
      `best practices ${score("best-practices")}, SEO ${score("seo")}; CLS ${audit("cumulative-layout-shift").toFixed(3)}, ` +
      `TBT ${Math.round(audit("total-blocking-time"))} ms, LCP ${Math.round(audit("largest-contentful-paint"))} ms`,
  );
}
