// Without a connection after a first visit: the service worker (sw/service-worker.js) serves the
// app, the pages and data already seen and the assessment; a profile never opened says it needs
// a connection; a new release replaces the cache whole.
//
// A service worker's own requests escape Playwright's offline switch and its routes, so these
// tests run a server of their own and stop it to go offline. It serves a copy of the built site
// made of links to it, so that a test can put a new release's sw.js in place.
import { test, expect, type BrowserContext, type Page } from "@playwright/test";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { DIST } from "./fixtures";
import { ResultsPage, SavedStorage, finishedAssessment } from "./pages/assessment-page";

const PORT = Number(process.env.E2E_PORT ?? 4173) + 2;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const CISO = "chief-ict-security-officer";
const CTO = "chief-technology-officer";

/** e2e/serve.mjs on the site's linked copy, started and stopped at will. */
class Site {
  readonly root = mkdtempSync(join(tmpdir(), "careerlens-offline-"));
  private server?: ChildProcess;

  constructor() {
    for (const entry of readdirSync(DIST)) {
      if (entry !== "sw.js") symlinkSync(resolve(DIST, entry), join(this.root, entry));
    }
    this.release(readFileSync(join(DIST, "sw.js"), "utf8"));
  }

  /** Puts `worker` in place as the site's sw.js. */
  release(worker: string) {
    writeFileSync(join(this.root, "sw.js"), worker);
  }

  async start() {
    this.server = spawn("node", ["e2e/serve.mjs", this.root, String(PORT)], { stdio: "ignore" });
    await expect
      .poll(() => fetch(`${ORIGIN}/robots.txt`).then((r) => r.ok, () => false), { timeout: 60_000, intervals: [250] })
      .toBe(true);
  }

  async stop() {
    const server = this.server;
    if (!server || server.exitCode !== null || server.signalCode !== null) return;
    await new Promise((exited) => {
      server.once("exit", exited);
      server.kill();
    });
  }

  remove() {
    rmSync(this.root, { recursive: true, force: true });
  }
}

/** The caches' names and, for each, the paths it holds. */
async function cached(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const held: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      const requests = await (await caches.open(name)).keys();
      held[name] = requests.map((request) => new URL(request.url).pathname);
    }
    return held;
  });
}

/** Waits until the service worker controls the page and holds `paths`; returns its cache's name. */
async function kept(page: Page, paths: string[]): Promise<string> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  let name = "";
  await expect
    .poll(async () => {
      const caches = Object.entries(await cached(page));
      name = caches.length === 1 ? caches[0][0] : "";
      return caches.length === 1 ? paths.filter((path) => !caches[0][1].includes(path)) : ["one cache", ...paths];
    }, { timeout: 30_000 })
    .toEqual([]);
  return name;
}

async function ready(page: Page) {
  await page.waitForFunction(() => document.documentElement.dataset.app === "ready");
}

// Each test starts the server (it compresses the wasm first) and its files are compressed on
// first request: slower than the other tests, so more time and longer waits for the cache.
test.describe.configure({ mode: "serial", timeout: 120_000 });

let site: Site;
let context: BrowserContext;
test.beforeAll(() => {
  site = new Site();
});
test.afterAll(() => site.remove());
test.beforeEach(async ({ browser }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop-light", "the service worker does not depend on the screen");
  await site.start();
  context = await browser.newContext({ baseURL: ORIGIN, serviceWorkers: "allow" });
});
test.afterEach(async () => {
  await context?.close();
  await site.stop();
});

test("after a first visit, the pages, data and results seen work offline; a profile not seen needs a connection", async () => {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  await new SavedStorage(page).seed(finishedAssessment());
  await page.goto(`/occupation/${CISO}`);
  await ready(page);
  // The profile's page and chunk, loaded before the worker took over, are handed to it.
  await kept(page, [`/occupation/${CISO}`, `/data/occupations/${CISO}.json`, "/app.html", "/assessment"]);
  // The results, seen once online, with the index files they read.
  await page.goto("/assessment/results");
  await ready(page);
  await expect(new ResultsPage(page).matches.first()).toBeVisible({ timeout: 30_000 });
  await kept(page, ["/data/index/core.json", "/data/index/labels.json", "/data/index/onet.json"]);
  await page.goto(`/occupation/${CISO}`);
  await ready(page);

  await site.stop();
  await context.setOffline(true);

  await page.reload();
  await ready(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("chief ICT security officer");
  await expect(page.locator("section#outlook")).toContainText("/ 100");
  await expect(page.locator("section#career-dna").getByTestId("personal-fit")).toBeVisible();

  await page.goto(`/occupation/${CTO}`);
  await ready(page);
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("We could not load this occupation's profile.");
  await expect(alert).toContainText("needs a connection");

  await page.goto("/assessment/results");
  await ready(page);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(new ResultsPage(page).matches.first()).toBeVisible();
  await expect(page.locator(".load-failed")).toHaveCount(0);

  await page.goto("/assessment");
  await ready(page);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator(".load-failed")).toHaveCount(0);
  expect(problems).toEqual([]);
});

test("a new release's worker replaces the old release's cache whole", async () => {
  const page = await context.newPage();
  await page.goto("/");
  await ready(page);
  const first = await kept(page, ["/", "/app.html"]);

  const worker = readFileSync(join(DIST, "sw.js"), "utf8");
  const next = worker.replace(/const RELEASE = "([0-9a-f]+)";/, 'const RELEASE = "$1next";');
  expect(next).not.toBe(worker);
  site.release(next);
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));
  await expect.poll(async () => Object.keys(await cached(page)), { timeout: 30_000 }).toEqual([`${first}next`]);
  // The new cache starts from the new release's shell, with nothing carried over.
  const paths = (await cached(page))[`${first}next`];
  expect(paths).not.toContain("/");
  await page.reload();
  await ready(page);
  await expect(page.locator(".highlight a").first()).toBeVisible();
});
