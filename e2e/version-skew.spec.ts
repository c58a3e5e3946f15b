// A visitor whose open page is of one release while the server already has the next: every data
// file the app loads is checked against the schema version the app reads, and a mismatch asks
// for a reload instead of showing wrong numbers.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test, expect } from "./fixtures";
import { AppShell } from "./pages/app-shell";
import { SavedStorage, finishedAssessment } from "./pages/assessment-page";

const DIST = process.env.E2E_DIST ?? "dist";
const UPDATED = /CareerLens has been updated since this page was opened.*Reload the page to use it\./;

test("an index of a newer schema asks for a reload, and the reload recovers", async ({ page }) => {
  // A failed load is provoked on purpose, so this test does not use the `watched` fixture.
  const core = readFileSync(join(DIST, "data", "index", "core.json"), "utf8");
  const newer = core.replace('{"schema_version":1,', '{"schema_version":2,');
  expect(newer).not.toBe(core);
  await page.route("**/data/index/core.json", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: newer }),
  );
  // The browse page hydrates from the core: it cannot with this one, so it is rendered afresh.
  await page.goto("/browse");
  const alert = page.getByRole("alert").first();
  await expect(alert).toContainText(UPDATED);
  await expect(alert.getByRole("button", { name: "Try again" })).toHaveCount(0);

  // The server now has what this app reads: reloading brings the page back whole.
  await page.unroute("**/data/index/core.json");
  await alert.getByRole("button", { name: "Reload the page" }).click();
  await page.waitForFunction(() => document.documentElement.dataset.app === "ready");
  await expect(page.getByRole("alert")).toHaveCount(0);
  await expect(page.locator("main a[href^='/browse?category=']").first()).toBeVisible();
});

test("an index part the server no longer has makes search ask for a reload", async ({ page }) => {
  await page.route("**/data/index/labels.json", (route) => route.fulfill({ status: 404, body: "not found" }));
  const shell = new AppShell(page);
  await shell.open("/");
  await shell.search.fill("ciso");
  await expect(page.locator("#occupation-search-status")).toContainText("Search is unavailable");
  await expect(page.locator("#occupation-search-status")).toContainText(UPDATED);
});

/** `file` of the built site as the next release would write it: its schema version bumped. */
function newerRelease(file: string): string {
  const text = readFileSync(join(DIST, "data", file), "utf8");
  const newer = text.replace(/"schema_version":1,/, '"schema_version":2,');
  expect(newer).not.toBe(text);
  return newer;
}

test("a profile's chunk of a newer schema asks for a reload and shows none of its numbers", async ({ page }) => {
  const slug = "chief-ict-security-officer";
  const pattern = `**/data/occupations/${slug}.json`;
  const body = newerRelease(`occupations/${slug}.json`);
  await page.route(pattern, (route) => route.fulfill({ status: 200, contentType: "application/json", body }));
  // Opened directly: the prerendered page cannot be hydrated from that chunk, so it is rendered afresh.
  await page.goto(`/occupation/${slug}`);
  const alert = page.getByRole("alert").first();
  await expect(alert).toContainText(UPDATED);
  await expect(alert.getByRole("button", { name: "Try again" })).toHaveCount(0);
  await expect(page.locator("section#outlook")).toHaveCount(0);

  await page.unroute(pattern);
  await alert.getByRole("button", { name: "Reload the page" }).click();
  await page.waitForFunction(() => document.documentElement.dataset.app === "ready");
  await expect(page.locator("section#outlook")).toBeVisible();
  await expect(page.getByRole("alert")).toHaveCount(0);
});

test("a skill dictionary of a newer schema makes the roadmap ask for a reload", async ({ page }) => {
  const body = newerRelease("skills.json");
  await page.route("**/data/skills.json", (route) => route.fulfill({ status: 200, contentType: "application/json", body }));
  await new SavedStorage(page).seed(finishedAssessment());
  await page.goto("/assessment/roadmap/chief-technology-officer");
  const alert = page.getByRole("alert").filter({ hasText: "We could not load the skill names." }).first();
  await expect(alert).toContainText(UPDATED);
  await expect(alert.getByRole("button", { name: "Reload the page" })).toBeVisible();
  await expect(page.locator(".roadmap__skills")).toHaveCount(0);
});
