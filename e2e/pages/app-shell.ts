// Page object for what every page shares: header, main content and footer.
import { expect, type Locator, type Page } from "@playwright/test";

export class AppShell {
  readonly heading: Locator;
  readonly search: Locator;
  readonly footer: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.search = page.getByRole("combobox", { name: "Search occupations" });
    this.footer = page.getByRole("contentinfo");
  }

  /** Opens a path and waits until the app has rendered its page heading. */
  async open(path: string) {
    await this.page.goto(path);
    await expect(this.heading).toBeVisible();
  }
}
