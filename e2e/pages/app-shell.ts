// Page object for what every page shares: header, main content and footer.
import { expect, type Locator, type Page } from "@playwright/test";

export class AppShell {
  readonly heading: Locator;
  readonly search: Locator;
  /** The header search's result options. */
  readonly searchOptions: Locator;
  /** The line above the results when they only match part of the query. */
  readonly searchPartialNote: Locator;
  /** The header search's live status, which screen readers announce. */
  readonly searchStatus: Locator;
  readonly footer: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.search = page.getByRole("combobox", { name: "Search occupations" });
    const searchRegion = page.getByRole("search", { name: "Search occupations" });
    this.searchOptions = searchRegion.getByRole("listbox", { name: "Matching occupations" }).getByRole("option");
    this.searchPartialNote = searchRegion.getByTestId("search-partial-note");
    this.searchStatus = searchRegion.locator("[aria-live=polite]");
    this.footer = page.getByRole("contentinfo");
  }

  /** Opens a path and waits until the app has rendered its page heading. */
  async open(path: string) {
    await this.page.goto(path);
    await expect(this.heading).toBeVisible();
  }
}
