// Every kind of file the app loads, served badly: held back for seconds, answered with a 500,
// cut off halfway, or replaced by something that is not JSON. Each view that needs the file shows
// that it is loading, then a clear error with a retry that recovers once the file is served
// again; the rest of the page keeps working, and nothing panics.
import { test, expect } from "@playwright/test";
import type { Locator, Page, Route } from "@playwright/test";
import { AppShell } from "./pages/app-shell";
import { SavedStorage, finishedAssessment } from "./pages/assessment-page";
import { awaitTheApp } from "./fixtures";

const CISO = "chief-ict-security-officer";
const CTO = "chief-technology-officer";
/** How long a held-back file is held at least: several seconds, as on a bad connection. */
const HELD_MS = 3_000;

type Mode = "delay" | "500" | "truncated" | "invalid";
const MODES: Mode[] = ["delay", "500", "truncated", "invalid"];

/** A file served as `mode` says, until `restore` hands it over to the server again. */
class BadFile {
  private release!: () => void;
  private released = new Promise<void>((resolve) => (this.release = resolve));
  requests = 0;

  constructor(
    readonly page: Page,
    readonly pattern: string,
    readonly mode: Mode,
  ) {}

  async install() {
    await this.page.route(this.pattern, (route) => this.serve(route));
  }

  private async serve(route: Route) {
    this.requests += 1;
    switch (this.mode) {
      case "delay": {
        const held = new Promise((resolve) => setTimeout(resolve, HELD_MS));
        await Promise.all([held, this.released]);
        return route.continue();
      }
      case "500":
        return route.fulfill({ status: 500, contentType: "text/plain", body: "Internal Server Error" });
      case "truncated": {
        const whole = await (await route.fetch()).body();
        return route.fulfill({ status: 200, contentType: contentType(this.pattern), body: whole.subarray(0, whole.length >> 1) });
      }
      case "invalid":
        // What a misconfigured host answers: its HTML fallback page for a missing file.
        return route.fulfill({ status: 200, contentType: contentType(this.pattern), body: "<!doctype html><title>Not found</title>" });
    }
  }

  /** Lets a held-back file through; for the other modes, serves the file properly from now on. */
  async restore() {
    this.release();
    if (this.mode !== "delay") await this.page.unroute(this.pattern);
  }
}

const contentType = (pattern: string) => (pattern.endsWith(".wasm") ? "application/wasm" : "application/json");

/** What each mode's error says about the file. */
function expectedError(mode: Exclude<Mode, "delay">): RegExp {
  return mode === "500" ? /The server answered 500 for \/data\// : /\/data\/\S+ is damaged and cannot be read/;
}

/** Fails the test on a panic or an uncaught error; a bad response's own console line is expected. */
function watchForPanics(page: Page): string[] {
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
  page.on("console", (message) => {
    if (message.text().includes("panicked")) problems.push(`panic: ${message.text()}`);
  });
  return problems;
}

/** Searching the header for the CISO works: what most kinds check the rest of the page by. */
async function headerSearchWorks(page: Page) {
  const shell = new AppShell(page);
  await shell.search.fill("ciso");
  await expect(shell.searchOptions.first()).toContainText("chief ICT security officer");
  await shell.search.fill("");
}

type Kind = {
  /** The file, as a route pattern. */
  file: string;
  /** The page opened first: it does not need the file. */
  start: string;
  /** Whether the view needs a finished assessment. */
  answers?: boolean;
  /** Makes the page ask for the file, if opening `start` does not already. */
  ask?: (page: Page) => Promise<void>;
  /** What shows while the file loads. */
  loading: (page: Page) => Locator;
  /** The error, with its "Try again" button inside. */
  failed: (page: Page) => Locator;
  /** Checks the view the file completes. */
  loaded: (page: Page) => Promise<void>;
  /** Checks that another part of the page works meanwhile. */
  rest: (page: Page) => Promise<void>;
};

const status = (page: Page, text: string) => page.getByRole("status").filter({ hasText: text });
const alert = (page: Page, text: string) => page.getByRole("alert").filter({ hasText: text });
const planner = (page: Page) => page.locator("section#pathways .route-planner");
const plannerGoal = (page: Page) => planner(page).getByRole("combobox", { name: "Route to occupation" });

const KINDS: Record<string, Kind> = {
  "the index's core": {
    file: "**/data/index/core.json",
    // A page the app serves, so that its links move within the app: the links of a page served
    // by its islands (a profile, the home and methodology pages) load the next page.
    start: "/assessment",
    ask: (page) => page.getByRole("banner").getByRole("link", { name: "Browse", exact: true }).click(),
    loading: (page) => status(page, "Loading the occupations…"),
    failed: (page) => alert(page, "We could not load the occupations."),
    loaded: async (page) => {
      await expect(page.locator("main").getByRole("link", { name: /^Digital Technology \d+ occupations$/ })).toBeVisible();
    },
    rest: async (page) => {
      await page.getByRole("banner").getByRole("link", { name: "Assessment", exact: true }).click();
      await expect(page).toHaveURL("/assessment");
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await page.goBack();
    },
  },
  "the search labels": {
    file: "**/data/index/labels.json",
    start: `/occupation/${CISO}`,
    ask: (page) => new AppShell(page).search.fill("ciso"),
    loading: (page) => new AppShell(page).searchStatus.filter({ hasText: "Loading occupations…" }),
    failed: (page) => new AppShell(page).searchStatus.filter({ hasText: "Search is unavailable" }),
    loaded: async (page) => {
      await expect(new AppShell(page).searchOptions.first()).toContainText("chief ICT security officer");
    },
    rest: async (page) => {
      const more = page.locator("section#analysis").getByRole("button", { name: "Show more" });
      await more.click();
      await expect(page.locator("section#analysis").getByRole("button", { name: "Close" })).toHaveAttribute("aria-expanded", "true");
    },
  },
  "the skill postings": {
    file: "**/data/index/postings.json",
    start: `/occupation/${CISO}`,
    ask: (page) => plannerGoal(page).fill("chief technology officer"),
    loading: (page) => planner(page).locator("[aria-live=polite]").filter({ hasText: "Loading occupations…" }),
    failed: (page) => planner(page).locator("[aria-live=polite]").filter({ hasText: "Search is unavailable" }),
    loaded: async (page) => {
      await expect(planner(page).getByRole("option").first()).toContainText("chief technology officer");
    },
    rest: headerSearchWorks,
  },
  "the O*NET ratings": {
    file: "**/data/index/onet.json",
    start: `/occupation/${CISO}`,
    answers: true,
    loading: (page) => page.locator("section#career-dna").getByRole("status").filter({ hasText: "Loading the occupations your fit is compared with…" }),
    failed: (page) => page.locator("section#career-dna").getByRole("alert").filter({ hasText: "We could not load the occupation index." }),
    loaded: async (page) => {
      await expect(page.locator("section#career-dna").getByTestId("personal-fit")).toBeVisible();
    },
    rest: headerSearchWorks,
  },
  "a detail chunk": {
    file: `**/data/occupations/${CTO}.json`,
    // A page the app serves, whose search opens a profile within the app.
    start: "/assessment",
    ask: async (page) => {
      const shell = new AppShell(page);
      await shell.search.fill("chief technology officer");
      await expect(shell.searchOptions.first()).toContainText("chief technology officer");
      await shell.search.press("Enter");
    },
    loading: (page) => status(page, "Loading the occupation profile…"),
    failed: (page) => alert(page, "We could not load this occupation's profile."),
    loaded: async (page) => {
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("chief technology officer");
      await expect(page.locator("section#faq")).toBeVisible();
    },
    rest: headerSearchWorks,
  },
  "the skill dictionary": {
    file: "**/data/skills.json",
    start: `/assessment/roadmap/${CTO}`,
    answers: true,
    loading: (page) => status(page, "Loading the skill names…").first(),
    failed: (page) => alert(page, "We could not load the skill names.").first(),
    loaded: async (page) => {
      await expect(page.locator(".roadmap__skills li").first()).toBeVisible();
      await expect(page.getByRole("alert")).toHaveCount(0);
    },
    rest: headerSearchWorks,
  },
  "the manifest": {
    file: "**/data/manifest.json",
    // A page the app renders, whose links open a profile within the app: a prerendered profile
    // would have been rendered from the manifest.
    start: "/browse?category=Digital%20Technology",
    ask: async (page) => {
      await page.locator("main a[href^='/occupation/']").first().click();
      await expect(page.locator("section#faq")).toBeVisible();
      await page.locator("section#analysis").getByRole("button", { name: "Show more" }).click();
    },
    loading: (page) => page.locator("section#analysis").getByText("Loading the dataset manifest…"),
    failed: (page) => page.locator("section#analysis").getByRole("alert").filter({ hasText: "We could not load the dataset manifest." }),
    loaded: async (page) => {
      await expect(page.locator("section#analysis .source-versions")).toContainText("ESCO v1.1.1");
    },
    rest: headerSearchWorks,
  },
};

const TITLES: Record<Mode, string> = {
  delay: "held back for seconds: the view says it is loading, then shows",
  "500": "answered with a 500: a clear error, and its retry recovers",
  truncated: "cut off halfway: a clear error, and its retry recovers",
  invalid: "not JSON: a clear error, and its retry recovers",
};

for (const [name, kind] of Object.entries(KINDS)) {
  test.describe(name, () => {
    for (const mode of MODES) {
      test(TITLES[mode], async ({ page, baseURL }) => {
        const problems = watchForPanics(page);
        awaitTheApp(page, new URL(baseURL!).origin);
        if (kind.answers) await new SavedStorage(page).seed(finishedAssessment());
        const bad = new BadFile(page, kind.file, mode);
        await bad.install();
        await page.goto(kind.start);
        await kind.ask?.(page);
        await expect.poll(() => bad.requests, { message: `the page asks for ${kind.file}` }).toBeGreaterThan(0);
        if (mode === "delay") {
          await expect(kind.loading(page)).toBeVisible();
          await bad.restore();
        } else {
          const failed = kind.failed(page);
          await expect(failed).toContainText(expectedError(mode));
          await kind.rest(page);
          await expect(failed).toBeVisible();
          await bad.restore();
          await failed.getByRole("button", { name: "Try again" }).click();
        }
        await kind.loaded(page);
        expect(problems).toEqual([]);
      });
    }
  });
}

test.describe("the app's wasm", () => {
  const ready = (page: Page) => expect(page.locator("html")).toHaveAttribute("data-app", "ready");

  for (const mode of MODES) {
    const title = mode === "delay" ? TITLES.delay.replace("the view says it is loading", "the prerendered page reads meanwhile") : TITLES[mode];
    test(title, async ({ page }) => {
      const problems = watchForPanics(page);
      const bad = new BadFile(page, "**/*_bg.wasm", mode);
      await bad.install();
      await page.goto(`/occupation/${CISO}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("chief ICT security officer");
      await expect(page.locator("section#outlook")).toContainText("/ 100");
      await expect.poll(() => bad.requests, { message: "the page asks for the wasm" }).toBeGreaterThan(0);
      if (mode === "delay") {
        await expect(page.locator("html")).not.toHaveAttribute("data-app", "ready");
        await bad.restore();
      } else {
        const failed = page.getByRole("alert").filter({ hasText: "CareerLens could not start" });
        await expect(failed).toContainText("This page still reads as it is");
        await expect(page.locator("section#outlook")).toContainText("/ 100");
        await bad.restore();
        await failed.getByRole("button", { name: "Try again" }).click();
      }
      await ready(page);
      await expect(page.getByRole("alert")).toHaveCount(0);
      await headerSearchWorks(page);
      expect(problems).toEqual([]);
    });
  }

  test("a page with nothing prerendered says it is loading, then that it cannot start", async ({ page }) => {
    const problems = watchForPanics(page);
    const held = new BadFile(page, "**/*_bg.wasm", "delay");
    await held.install();
    await page.goto("/assessment/results");
    await expect(page.getByRole("status").filter({ hasText: "Loading CareerLens…" })).toBeVisible();
    await held.restore();
    await ready(page);
    await expect(page.getByRole("status").filter({ hasText: "Loading CareerLens…" })).toHaveCount(0);

    await page.unrouteAll();
    const broken = new BadFile(page, "**/*_bg.wasm", "500");
    await broken.install();
    await page.reload();
    const failed = page.getByRole("alert").filter({ hasText: "CareerLens could not start" });
    await expect(failed).toContainText("This page needs the program to show anything.");
    await expect(page.getByRole("status").filter({ hasText: "Loading CareerLens…" })).toHaveCount(0);
    await broken.restore();
    await failed.getByRole("button", { name: "Try again" }).click();
    await ready(page);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(problems).toEqual([]);
  });
});
