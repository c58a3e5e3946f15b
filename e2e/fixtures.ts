// Shared Playwright fixtures: every test's page fails the test on a console error, a failed
// request or any request to a host other than the app's own.
import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The built site the tests run against. */
export const DIST = process.env.E2E_DIST ?? "dist";

/** The origin the site was built for, as its sitemap names it: prerendered pages name it in their head. */
export function builtOrigin(): string {
  return new URL(readFileSync(join(DIST, "sitemap.xml"), "utf8").match(/<loc>([^<]+)<\/loc>/)![1]).origin;
}

type Watched = { problems: string[] };

/** Records on `problems` a page's console errors, uncaught errors, failed requests and requests to another host. */
export function watchPage(page: Page, ownOrigin: string, problems: string[]) {
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
}

/**
 * Makes `goto` and `reload` on the app's own pages return once the app has started: a
 * prerendered page shows before the app has taken it over, and a click meanwhile would land on
 * inert HTML. The prerender tests (e2e/prerender.spec.ts) look at the page before that.
 */
export function awaitTheApp(page: Page, ownOrigin: string) {
  const started = async () => {
    const url = new URL(page.url());
    const appPage = url.origin === ownOrigin && !url.pathname.startsWith("/embed/occupation/") && !/\.[a-z]+$/.test(url.pathname);
    if (appPage) await page.waitForFunction(() => document.documentElement.dataset.app === "ready");
  };
  const goto = page.goto.bind(page);
  page.goto = async (...args) => {
    const response = await goto(...args);
    await started();
    return response;
  };
  const reload = page.reload.bind(page);
  page.reload = async (...args) => {
    const response = await reload(...args);
    await started();
    return response;
  };
}

export const test = base.extend<{ watched: Watched; freshPage: (sameContextAs?: Page) => Promise<Page> }>({
  page: async ({ page, baseURL }, use) => {
    awaitTheApp(page, new URL(baseURL!).origin);
    await use(page);
  },
  watched: async ({ page, baseURL }, use) => {
    const problems: string[] = [];
    watchPage(page, new URL(baseURL!).origin, problems);
    await use({ problems });
    expect(problems, "the page reported problems").toEqual([]);
  },
  /**
   * Opens a page in a new browser context (its own storage, as another browser would have) with the
   * project's options, or another page in the context of `sameContextAs`; each is watched like
   * `page`, and the new contexts close when the test ends.
   */
  freshPage: async (
    { browser, baseURL, viewport, isMobile, hasTouch, colorScheme, userAgent, deviceScaleFactor, watched },
    use,
  ) => {
    const contexts: BrowserContext[] = [];
    await use(async (sameContextAs?: Page) => {
      let context = sameContextAs?.context();
      if (!context) {
        context = await browser.newContext({
          baseURL, viewport, isMobile, hasTouch, colorScheme, userAgent, deviceScaleFactor,
        });
        contexts.push(context);
      }
      const page = await context.newPage();
      watchPage(page, new URL(baseURL!).origin, watched.problems);
      awaitTheApp(page, new URL(baseURL!).origin);
      return page;
    });
    for (const context of contexts) await context.close();
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
