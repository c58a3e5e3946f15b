// Page object for an occupation profile.
import { expect, type Locator, type Page } from "@playwright/test";

export class ProfilePage {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
  }

  async open(slug: string, hash = "") {
    await this.page.goto(`/occupation/${slug}${hash}`);
  }

  /** A profile section by its anchor id, e.g. "skills". */
  section(id: string): Locator {
    return this.page.locator(`section#${id}`);
  }

  async expectLoaded(title: string) {
    await expect(this.heading).toHaveText(title);
    await expect(this.section("faq")).toBeVisible();
  }
}
