// The app shell: every route renders, credits its data, stays accessible and loads nothing from
// another host (the `watched` fixture fails a test on console errors and foreign requests).
import { test, expect, expectNoAxeViolations } from "./fixtures";
import { AppShell } from "./pages/app-shell";

const routes = [
  { path: "/", heading: "See where a career could take you" },
  { path: "/occupation/chief-ict-security-officer", heading: "chief ICT security officer" },
  { path: "/browse", heading: "Browse occupations" },
  { path: "/browse?category=Digital%20Technology", heading: "Digital Technology" },
  { path: "/assessment", heading: "Career DNA assessment" },
  { path: "/methodology", heading: "Methodology" },
  { path: "/embed", heading: "Embed a career card" },
  { path: "/no-such-page", heading: "Page not found" },
];

for (const route of routes) {
  test(`route ${route.path} renders, credits ESCO and O*NET and passes axe`, async ({ page, watched }) => {
    const shell = new AppShell(page);
    await shell.open(route.path);
    await expect(shell.heading).toHaveText(route.heading);
    await expect(shell.search).toBeVisible();
    await expect(shell.footer).toContainText(
      "This service uses the ESCO classification of the European Commission.",
    );
    await expect(shell.footer).toContainText("O*NET 29.3 Database");
    await expectNoAxeViolations(page);
    expect(watched.problems).toEqual([]);
  });
}

test("the page title follows the route", async ({ page, watched }) => {
  const shell = new AppShell(page);
  await shell.open("/methodology");
  await expect(page).toHaveTitle("Methodology · CareerLens");
  await shell.open("/");
  await expect(page).toHaveTitle("CareerLens");
  expect(watched.problems).toEqual([]);
});

test("the Content-Security-Policy is strict: no inline script or style allowance", async ({ page, watched }) => {
  await new AppShell(page).open("/");
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute("content");
  expect(policy).toContain("default-src 'self'");
  expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+;/);
  expect(policy).not.toContain("unsafe-inline");
  expect(policy).not.toMatch(/https?:/);
  expect(watched.problems).toEqual([]);
});

test("keyboard users can skip straight to the content", async ({ page, watched }) => {
  await new AppShell(page).open("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
  expect(watched.problems).toEqual([]);
});

test("on a page the app serves, navigation links move between pages without a reload", async ({ page, watched }) => {
  const shell = new AppShell(page);
  await shell.open("/assessment");
  // A full page load would wipe this marker; client-side routing keeps it.
  await page.evaluate(() => ((window as any).__sameDocument = true));
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Browse" }).click();
  await expect(shell.heading).toHaveText("Browse occupations");
  await nav.getByRole("link", { name: "Assessment" }).click();
  await expect(shell.heading).toHaveText("Career DNA assessment");
  expect(await page.evaluate(() => (window as any).__sameDocument)).toBe(true);
  expect(watched.problems).toEqual([]);
});

test("the methodology link loads the prerendered page, whose text the app does not carry, and its links load pages", async ({ page, watched }) => {
  const shell = new AppShell(page);
  await shell.open("/assessment");
  await page.evaluate(() => ((window as any).__sameDocument = true));
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Methodology" }).click();
  await expect(page).toHaveURL("/methodology");
  await expect(shell.heading).toHaveText("Methodology");
  await expect(page.getByRole("main").getByRole("heading", { name: "Data sources" })).toBeVisible();
  await page.waitForFunction(() => document.documentElement.dataset.app === "ready");
  expect(await page.evaluate(() => (window as any).__sameDocument)).toBeUndefined();
  // The methodology page is served by its islands, without the app's router: a link on it loads
  // the page it names, and that page works.
  await page.evaluate(() => ((window as any).__sameDocument = true));
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Browse" }).click();
  await expect(shell.heading).toHaveText("Browse occupations");
  await page.waitForFunction(() => document.documentElement.dataset.app === "ready");
  expect(await page.evaluate(() => (window as any).__sameDocument)).toBeUndefined();
  await expect(page.getByRole("main").getByRole("link", { name: /^Digital Technology \d+ occupations$/ })).toBeVisible();
  expect(watched.problems).toEqual([]);
});

test("no page scrolls sideways at phone width", async ({ page, watched }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const shell = new AppShell(page);
  for (const route of routes) {
    await shell.open(route.path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `horizontal overflow on ${route.path}`).toBeLessThanOrEqual(0);
  }
  expect(watched.problems).toEqual([]);
});
