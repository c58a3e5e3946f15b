// A visitor whose open page is of one release while the server already has the next: every data
// file the app loads is checked against the schema version the app reads, and a mismatch asks
// for a reload instead of showing wrong numbers.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test, expect } from "./fixtures";
import { AppShell } from "./pages/app-shell";

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
  await page.goto("/");
  const alert = page.getByRole("alert").first();
  await expect(alert).toContainText(UPDATED);
  await expect(alert.getByRole("button", { name: "Try again" })).toHaveCount(0);

  // The server now has what this app reads: reloading brings the page back whole.
  await page.unroute("**/data/index/core.json");
  await alert.getByRole("button", { name: "Reload the page" }).click();
  await page.waitForFunction(() => document.documentElement.dataset.app === "ready");
  await expect(page.getByRole("alert")).toHaveCount(0);
  await expect(page.locator(".highlight a").first()).toHaveAttribute("href", /^\/occupation\/[a-z0-9-]+$/);
});

test("an index part the server no longer has makes search ask for a reload", async ({ page }) => {
  await page.route("**/data/index/labels.json", (route) => route.fulfill({ status: 404, body: "not found" }));
  const shell = new AppShell(page);
  await shell.open("/");
  await shell.search.fill("ciso");
  await expect(page.locator("#occupation-search-status")).toContainText("Search is unavailable");
  await expect(page.locator("#occupation-search-status")).toContainText(UPDATED);
});
