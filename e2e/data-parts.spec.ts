// The index ships in parts (crates/engine/src/model/columns.rs, IndexPart), and each page fetches
// only the parts its views use: the home page none (its lists are kept as prerendered), search
// the core and the labels once someone searches, and a profile, whose chunk carries all it shows,
// nothing until someone plans a route.
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";

const PARTS = ["core", "ids", "labels", "postings", "onet"];

/** The index parts the page has asked for so far, in the order of PARTS. */
function partsRequested(paths: string[]): string[] {
  return PARTS.filter((part) => paths.includes(`/data/index/${part}.json`));
}

/** Records the paths of the page's requests from now on. */
function recordPaths(page: Page): string[] {
  const paths: string[] = [];
  page.on("request", (request) => paths.push(new URL(request.url()).pathname));
  return paths;
}

test("the home page loads no index part, and the core and search labels once someone searches", async ({ page, watched }) => {
  const paths = recordPaths(page);
  // `goto` returns once the app has taken the page over (e2e/fixtures.ts).
  await page.goto("/");
  await expect(page.locator(".highlight a").first()).toHaveAttribute("href", /^\/occupation\/[a-z0-9-]+$/);
  expect(partsRequested(paths)).toEqual([]);
  expect(paths).not.toContain("/data/skills.json");

  const search = page.getByRole("combobox", { name: "Search occupations" });
  await search.fill("ciso");
  await expect(page.getByRole("option", { name: /chief ICT security officer/ })).toBeVisible();
  expect(partsRequested(paths)).toEqual(["core", "labels"]);
  expect(watched.problems).toEqual([]);
});

test("a profile loads no index part until someone searches or plans a route", async ({ page, watched }) => {
  const paths = recordPaths(page);
  await page.goto("/occupation/chief-ict-security-officer");
  expect(partsRequested(paths)).toEqual([]);
  expect(paths).not.toContain("/data/skills.json");
  // The route planner's box asks for what a route is planned with once it has focus.
  await page.getByRole("combobox", { name: "Route to occupation" }).focus();
  await expect.poll(() => partsRequested(paths)).toEqual(["core", "labels", "postings", "onet"]);
  expect(watched.problems).toEqual([]);
});
