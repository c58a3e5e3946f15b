// Browsing by category and ISCO group, and the home page's data-driven entry points.
import { test, expect } from "./fixtures";
import { AppShell } from "./pages/app-shell";
import { readIndexEntries, restsOnOwnData } from "./dataset";

test("a category lists all its occupations by ISCO unit group", async ({ page, watched }) => {
  const entries = readIndexEntries();
  const digital = entries.filter((e) => e.category === "Digital Technology");
  const shell = new AppShell(page);
  await shell.open("/browse");
  await expect(page.getByRole("link", { name: /Digital Technology/ })).toContainText(`${digital.length} occupations`);
  await page.getByRole("link", { name: /Digital Technology/ }).click();
  await expect(shell.heading).toHaveText("Digital Technology");
  await expect(page.getByRole("main").locator(".isco-group__list li")).toHaveCount(digital.length);
  const group = page.getByRole("region", { name: /2529/ });
  await group.getByRole("link", { name: "chief ICT security officer" }).click();
  await expect(shell.heading).toHaveText("chief ICT security officer");
  expect(watched.problems).toEqual([]);
});

test("the home page links to the most resilient occupation scored on its own data", async ({ page, watched }) => {
  const all = readIndexEntries().filter((e) => e.scores?.r !== undefined);
  const scored = all.filter((e) => restsOnOwnData(e.scores!));
  // Occupations whose resilience leans on their ISCO group, or whose O*NET match is weak, are
  // left out: the data has some that would otherwise rank first.
  all.sort((a, b) => b.scores!.r! - a.scores!.r! || (a.title < b.title ? -1 : 1));
  expect(restsOnOwnData(all[0].scores!)).toBe(false);
  scored.sort((a, b) => b.scores!.r! - a.scores!.r! || (a.title < b.title ? -1 : 1));
  const shell = new AppShell(page);
  await shell.open("/");
  const list = page.locator(".card", { hasText: "Highest resilience" }).getByRole("link");
  await expect(list).toHaveCount(5);
  await expect(list.first()).toHaveText(scored[0].title);
  await expect(page.getByText("These lists rank only occupations scored on their own O*NET and AI data.")).toBeVisible();
  expect(watched.problems).toEqual([]);
});
