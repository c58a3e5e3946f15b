// The header search when no occupation matches the whole query: the closest partial matches,
// under a note that is shown and announced, still chosen with the keyboard.
import { test, expect, expectNoAxeViolations } from "./fixtures";
import { AppShell } from "./pages/app-shell";
import { ProfilePage } from "./pages/profile-page";
import { normalisedWords, readIndexEntries } from "./dataset";

const entries = readIndexEntries();
const labelsOf = (entry: { title: string; alt: string[] }) => [entry.title, ...entry.alt];
const hasWord = (label: string, word: string) => normalisedWords(label).includes(word);

test('"uber driver" lists drivers under a note that no occupation matches it all', async ({ page, watched }) => {
  // No label has "uber", and some titles have "driver": only a partial match is possible.
  expect(entries.some((entry) => labelsOf(entry).some((label) => hasWord(label, "uber")))).toBe(false);
  expect(entries.some((entry) => hasWord(entry.title, "driver"))).toBe(true);

  const shell = new AppShell(page);
  await shell.open("/");
  await shell.search.fill("uber driver");
  await expect(shell.searchPartialNote).toHaveText("No occupation matches all of “uber driver”; closest matches:");
  await expect(shell.searchStatus).toContainText("No occupation matches all of “uber driver”;");
  await expect(shell.searchOptions.first()).toBeVisible();
  // Every closest match is a driver, by its title or by the alternative label it shows. (An
  // option's text runs its title into its category, so "driver" is looked for, not a word.)
  for (const text of await shell.searchOptions.allTextContents()) {
    expect(text.toLowerCase()).toContain("driver");
  }
  await expectNoAxeViolations(page);

  // The keyboard still works through partial matches.
  await shell.search.press("ArrowDown");
  await expect(shell.searchOptions.first()).toHaveAttribute("aria-selected", "true");
  await shell.search.press("Enter");
  await expect(page).toHaveURL(/\/occupation\/[a-z0-9-]+$/);
  const slug = new URL(page.url()).pathname.split("/").pop();
  const chosen = entries.find((entry) => entry.slug === slug)!;
  expect(labelsOf(chosen).some((label) => hasWord(label, "driver"))).toBe(true);
  await new ProfilePage(page).expectLoaded(chosen.title);
  expect(watched.problems).toEqual([]);
});

test("a query that matches in full shows no partial note", async ({ page, watched }) => {
  const shell = new AppShell(page);
  await shell.open("/");
  await shell.search.fill("bus driver");
  await expect(shell.searchOptions.first()).toContainText("bus driver");
  await expect(shell.searchPartialNote).toBeHidden();
  await expect(shell.searchStatus).not.toContainText("closest");
  expect(watched.problems).toEqual([]);
});
