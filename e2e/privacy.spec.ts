// The privacy audit (docs/privacy.md): one whole visit, from search through three profiles, the
// full assessment, its results and share link, to the embed page, with every request, cookie and
// storage write recorded. Nothing may go to another origin, no request may carry an answer, no
// cookie may be set, storage holds only the documented key and the service worker's cache of the
// site's own files, and "Erase my answers" leaves nothing of the answers.
import type { Page, Request } from "@playwright/test";
import { test, expect } from "./fixtures";
import { readIndexEntries, readItems } from "./dataset";
import { AssessmentPage, ResultsPage, STORAGE_KEY } from "./pages/assessment-page";

const items = readItems();
const rated = items.filter((item) => item.part !== "background");
const SCREENS = items.length;
const entries = readIndexEntries();
const CISO = entries.find((entry) => entry.slug === "chief-ict-security-officer")!;
/** A rating for every item, varied so that the answers are not all alike. */
const rating = (position: number) => ((position * 3) % 5) + 1;

// As a visitor's browser runs it: with the service worker that keeps the site for offline use.
test.use({ serviceWorkers: "allow" });

/** Every cache the page's origin holds, with the address of each entry. */
async function cacheEntries(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const held: Record<string, string[]> = {};
    for (const name of await caches.keys()) held[name] = (await (await caches.open(name)).keys()).map((r) => r.url);
    return held;
  });
}

/** Records every storage write and cookie the page's scripts attempt, on every page of the visit. */
async function recordStorage(page: Page): Promise<{ storage: string[]; cookies: string[] }> {
  const writes = { storage: [] as string[], cookies: [] as string[] };
  await page.exposeFunction("auditWrite", (kind: "storage" | "cookie", what: string) => writes[kind === "storage" ? "storage" : "cookies"].push(what));
  await page.addInitScript(() => {
    const audit = (window as unknown as { auditWrite: (kind: string, what: string) => void }).auditWrite;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      audit("storage", `${this === localStorage ? "local" : "session"}:${key}`);
      return setItem.call(this, key, value);
    };
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, "cookie")!;
    Object.defineProperty(Document.prototype, "cookie", {
      get() {
        return cookie.get!.call(this);
      },
      set(value: string) {
        audit("cookie", value);
        cookie.set!.call(this, value);
      },
    });
  });
  return writes;
}

/**
 * The headers `request` carried. A request the service worker made has no full headers to give
 * once its worker has stopped (Playwright then never answers), so it counts with the headers it
 * was sent with; the context has no cookie to add (checked below).
 */
async function headersOf(request: Request): Promise<Record<string, string>> {
  const stopped = new Promise<Record<string, string>>((resolve) => setTimeout(() => resolve(request.headers()), 2_000));
  return Promise.race([request.allHeaders().catch(() => request.headers()), stopped]);
}

test("a whole visit sends nothing to another origin, no answer to any server, and keeps only the documented key", async ({ page, baseURL, watched }) => {
  // Three profiles, sixty questions, the results and the embed page.
  test.slow();
  const origin = new URL(baseURL!).origin;
  const requests: Request[] = [];
  page.context().on("request", (request) => requests.push(request));
  const writes = await recordStorage(page);

  // Search from the home page, then two more profiles by their links.
  await page.goto("/");
  await page.getByRole("combobox", { name: "Search occupations" }).fill("ciso");
  await page.getByRole("option", { name: /chief ICT security officer/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(CISO.title);
  for (let step = 0; step < 2; step++) {
    const link = page.locator("section#pathways a.move__title").first();
    const title = await link.innerText();
    await link.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  }

  // The whole assessment, by keyboard.
  const assessment = new AssessmentPage(page);
  await assessment.open();
  await assessment.startButton.click();
  await assessment.expectScreen(1, SCREENS);
  await assessment.group(rated[0].text).getByRole("button").nth(rating(0) - 1).click();
  for (const [position] of rated.entries()) if (position > 0) await page.keyboard.press(String(rating(position)));
  await assessment.expectScreen(rated.length + 1, SCREENS);
  await assessment.choices.nth(2).click();
  await assessment.expectScreen(SCREENS, SCREENS);
  // The app moves focus to the new question on the next frame: typing before then would lose it.
  await expect(assessment.question).toBeFocused();
  await assessment.occupationSearch.fill(CISO.title);
  await assessment.occupationOptions.first().click();
  await assessment.seeMyResults.click();
  const results = new ResultsPage(page);
  await results.expectLoaded();

  // The share link, opened as its recipient would, then the embed page.
  const link = await results.shareLink.inputValue();
  const payload = link.slice(link.indexOf("#") + 1);
  const saved = (await results.storage.raw())!;
  await page.goto("/");
  await page.goto(link);
  await expect(results.sharedBanner).toBeVisible();
  await page.goto("/embed");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  // What went over the network.
  const answers = Object.fromEntries(rated.map((item, position) => [item.id, rating(position)]));
  const secrets = [payload, saved, JSON.stringify(answers), `"${rated[0].id}":`, STORAGE_KEY];
  const problems: string[] = [];
  for (const request of requests) {
    const url = new URL(request.url());
    if (url.protocol === "data:" || url.protocol === "blob:") continue;
    const text = `${request.method()} ${request.url()}`;
    if (url.origin !== origin) problems.push(`another origin: ${text}`);
    if (request.method() !== "GET") problems.push(`not a GET: ${text}`);
    if (request.postDataBuffer() !== null) problems.push(`a body: ${text}`);
    const carried = decodeURIComponent(request.url()) + JSON.stringify(await headersOf(request));
    for (const secret of secrets) if (carried.includes(secret)) problems.push(`carries "${secret.slice(0, 20)}…": ${text}`);
  }
  expect(problems, "requests that leak or leave the site").toEqual([]);
  expect(requests.length, "the visit was recorded").toBeGreaterThan(10);

  // What stayed in the browser: the one documented key, and no cookie.
  expect(new Set(writes.storage)).toEqual(new Set([`local:${STORAGE_KEY}`]));
  expect(writes.cookies).toEqual([]);
  expect(await page.context().cookies()).toEqual([]);
  expect(await page.evaluate(() => [Object.keys(localStorage), Object.keys(sessionStorage)])).toEqual([[STORAGE_KEY], []]);
  expect(await page.evaluate(async () => (await indexedDB.databases()).length)).toBe(0);
  // The service worker's one cache holds the site's own files by address, none with a query or
  // anything of the answers.
  const held = await cacheEntries(page);
  expect(Object.keys(held)).toHaveLength(1);
  expect(Object.keys(held)[0]).toMatch(/^careerlens-[0-9a-f]{16}$/);
  const cachedProblems = Object.values(held)
    .flat()
    .filter((url) => new URL(url).origin !== origin || new URL(url).search !== "" || secrets.some((secret) => decodeURIComponent(url).includes(secret)));
  expect(cachedProblems, "cached entries that leave the site or carry answers").toEqual([]);
  expect(Object.values(held)[0]).toContain(`${origin}/app.html`);

  // Erasing leaves no trace.
  await results.open();
  await results.expectLoaded();
  await results.eraseButton.click();
  await expect(results.erased).toBeVisible();
  expect(await page.evaluate(() => [Object.keys(localStorage), Object.keys(sessionStorage)])).toEqual([[], []]);
  expect(await page.context().cookies()).toEqual([]);
  for (const url of Object.values(await cacheEntries(page)).flat()) {
    expect(secrets.some((secret) => decodeURIComponent(url).includes(secret)), url).toBe(false);
  }
  expect(watched.problems).toEqual([]);
});
