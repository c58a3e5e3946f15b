// Shared Playwright fixtures: every test's page fails the test on a console error, a failed
// request or any request to a host other than the app's own.
import { test as base, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

type Watched = { problems: string[] };

export const test = base.extend<{ watched: Watched }>({
  watched: async ({ page, baseURL }, use) => {
    const problems: string[] = [];
    const ownOrigin = new URL(baseURL!).origin;
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console error: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("requestfailed", (request) =>
      problems.push(`failed request: ${request.url()} (${request.failure()?.errorText})`),
    );
    page.on("request", (request) => {
      const url = request.url();
      if (!url.startsWith("data:") && new URL(url).origin !== ownOrigin) {
        problems.push(`request to another host: ${url}`);
      }
    });
    await use({ problems });
    expect(problems, "the page reported problems").toEqual([]);
  },
});

export { expect };

/** Runs axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules and expects no violation. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const summary = results.violations.map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((n) => n.target.join(" ")).join(", ")})`,
  );
  expect(summary, "axe-core WCAG 2.2 AA violations").toEqual([]);
}
