// Page objects for the Career DNA assessment: the questions at /assessment and the results at
// /assessment/results, with the saved state in localStorage they share.
import { expect, type Locator, type Page } from "@playwright/test";
import { readItems, type AnswersFile } from "../dataset";

/** The one localStorage key the assessment writes (crates/engine/src/assessment/saved.rs). */
export const STORAGE_KEY = "careerlens.assessment.v1";

/** A finished assessment, every rating 1–5 in turn, for the views that need answers. */
export function finishedAssessment() {
  const items = readItems();
  const answers: Record<string, number> = {};
  items.filter((item) => item.part !== "background").forEach((item, position) => (answers[item.id] = (position % 5) + 1));
  const file: AnswersFile = { format: "careerlens-answers", version: 1, answers, job_zone: 3, current: null };
  return { format: "careerlens-assessment-state", version: 1, screen: items.length - 1, finished: true, answers: file };
}

/** Reading and seeding the saved state of a page's browser context. */
export class SavedStorage {
  constructor(readonly page: Page) {}

  /**
   * Stores `value` under the assessment's key before the app's first load, once per tab: a reload
   * keeps whatever the app has saved since.
   */
  async seed(value: string | object) {
    const text = typeof value === "string" ? value : JSON.stringify(value);
    await this.page.addInitScript(
      ({ key, text }) => {
        if (!sessionStorage.getItem("e2e-seeded")) {
          localStorage.setItem(key, text);
          sessionStorage.setItem("e2e-seeded", "1");
        }
      },
      { key: STORAGE_KEY, text },
    );
  }

  /** The saved text, or null. */
  async raw(): Promise<string | null> {
    return this.page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
  }

  /** The saved state, parsed. */
  async state(): Promise<any> {
    const text = await this.raw();
    expect(text, "a saved assessment state").not.toBeNull();
    return JSON.parse(text!);
  }

  /** Every localStorage key of the origin. */
  async keys(): Promise<string[]> {
    return this.page.evaluate(() => Object.keys(localStorage));
  }
}

/** Presses Tab until `target` has the focus, at most `limit` times. */
export async function tabTo(page: Page, target: Locator, limit = 40) {
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  await expect(target, `focus reached within ${limit} presses of Tab`).toBeFocused();
}

/** `/assessment`: the introduction, the questions, and the saved-state problem. */
export class AssessmentPage {
  readonly heading: Locator;
  readonly startButton: Locator;
  readonly seeResultsLink: Locator;
  readonly eraseButton: Locator;
  readonly problem: Locator;
  readonly startAfresh: Locator;
  readonly flow: Locator;
  /** "Question k of n" with the time left. */
  readonly count: Locator;
  readonly question: Locator;
  readonly choices: Locator;
  readonly back: Locator;
  readonly skip: Locator;
  readonly seeMyResults: Locator;
  readonly occupationSearch: Locator;
  readonly occupationOptions: Locator;
  readonly currentOccupation: Locator;
  readonly storage: SavedStorage;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.startButton = page.getByRole("button", { name: "Start the assessment" });
    this.seeResultsLink = page.getByRole("link", { name: "See your results" });
    this.eraseButton = page.getByRole("button", { name: "Erase my answers" });
    this.problem = page.getByTestId("saved-state-problem");
    this.startAfresh = this.problem.getByRole("button", { name: "Start afresh" });
    this.flow = page.getByTestId("assessment-flow");
    this.count = this.flow.locator(".flow__count");
    this.question = this.flow.locator("#flow-question");
    this.choices = this.flow.getByRole("group").getByRole("button");
    this.back = this.flow.getByRole("button", { name: "Back", exact: true });
    this.skip = this.flow.getByRole("button", { name: "Skip", exact: true });
    this.seeMyResults = this.flow.getByRole("button", { name: "See my results" });
    this.occupationSearch = page.getByRole("combobox", { name: "Search for your occupation" });
    this.occupationOptions = page.locator("#current-occupation-results").getByRole("option");
    this.currentOccupation = page.getByTestId("current-occupation");
    this.storage = new SavedStorage(page);
  }

  async open() {
    await this.page.goto("/assessment");
    await expect(this.heading).toHaveText("Career DNA assessment");
  }

  /** Waits for screen `number` (1-based) of `screens`. */
  async expectScreen(number: number, screens: number) {
    await expect(this.count).toHaveText(new RegExp(`^Question ${number} of ${screens}\\b`));
  }

  /** The answer group of the question whose statement is `text`. */
  group(text: string): Locator {
    return this.flow.getByRole("group", { name: new RegExp(`${escapeRegExp(text)}$`) });
  }
}

/** `/assessment/results`: the profile, the ranked matches, their filters and the share tools. */
export class ResultsPage {
  readonly heading: Locator;
  readonly hollandCode: Locator;
  readonly riasecValues: Locator;
  readonly matches: Locator;
  readonly matchCount: Locator;
  readonly showMore: Locator;
  readonly category: Locator;
  readonly jobZone: Locator;
  readonly minResilience: Locator;
  readonly maxAiExposure: Locator;
  readonly titleContains: Locator;
  readonly shareLink: Locator;
  readonly copyLink: Locator;
  readonly download: Locator;
  readonly importInput: Locator;
  readonly importStatus: Locator;
  readonly eraseButton: Locator;
  readonly erased: Locator;
  readonly sharedBanner: Locator;
  readonly shareProblem: Locator;
  readonly noAnswers: Locator;
  readonly storage: SavedStorage;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.hollandCode = page.getByTestId("holland-code");
    this.riasecValues = page.getByTestId("riasec-values");
    this.matches = page.locator("ol[data-testid=matches] > li[data-testid=match]");
    this.matchCount = page.getByTestId("match-count");
    this.showMore = page.getByRole("button", { name: "Show 20 more" });
    this.category = page.getByLabel("Category");
    this.jobZone = page.getByLabel("Preparation (job zone)");
    this.minResilience = page.getByLabel("Minimum resilience");
    this.maxAiExposure = page.getByLabel("Maximum AI exposure");
    this.titleContains = page.getByLabel("Title contains");
    this.shareLink = page.getByTestId("share-link");
    this.copyLink = page.getByRole("button", { name: "Copy link" });
    this.download = page.getByRole("button", { name: "Download my answers (JSON)" });
    this.importInput = page.getByTestId("import-answers");
    this.importStatus = page.getByTestId("import-status");
    this.eraseButton = page.getByRole("button", { name: "Erase my answers" });
    this.erased = page.getByTestId("erased");
    this.sharedBanner = page.getByTestId("shared-banner");
    this.shareProblem = page.getByTestId("share-link-problem");
    this.noAnswers = page.getByText("There are no answers to compare yet.");
    this.storage = new SavedStorage(page);
  }

  /** Opens the results, optionally with a share fragment (with its `#`). */
  async open(hash = "") {
    await this.page.goto(`/assessment/results${hash}`);
    await expect(this.heading).toHaveText("Your Career DNA results");
  }

  /** Waits until the ranked list shows `shown` matches. */
  async expectLoaded(shown = 20) {
    await expect(this.matchCount).toBeVisible();
    await expect(this.matches).toHaveCount(shown);
  }

  /** The slugs of the first `n` matches shown, best first. */
  async slugs(n?: number): Promise<string[]> {
    const slugs = await this.matches.evaluateAll((items) => items.map((item) => item.getAttribute("data-slug")!));
    return n === undefined ? slugs : slugs.slice(0, n);
  }

  /** The title link of the match for `slug`. */
  matchLink(slug: string): Locator {
    return this.page.locator(`li[data-testid=match][data-slug="${slug}"] a.match__title`);
  }
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
