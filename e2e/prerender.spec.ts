// Prerendered pages (src/bin/prerender.rs): every profile and the home, browse and methodology
// pages are complete HTML, readable with JavaScript off, and are hydrated: a profile's, the home
// page's and the methodology's islands by their own wasm (src/islands.rs), the browse page by the
// app. Either attaches to the nodes on screen, with no visible change. Expectations come from the
// shipped dataset.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContextOptions, Page } from "@playwright/test";
import { DIST, builtOrigin, test, expect, watchPage } from "./fixtures";
import { oneDecimal, readDetail, readIndexEntries, resilienceBand, similarRoles } from "./dataset";

const entries = readIndexEntries();
const CISO = readDetail("chief-ict-security-officer");
/** The profile's sections in page order (src/components/profile/mod.rs, SECTIONS). */
const SECTIONS = ["snapshot", "fit", "outlook", "ai-change", "analysis", "day", "skills", "skill-dna", "career-dna", "pathways", "faq"];

/** A page in a browser that runs no script, with the project's viewport and colours. */
async function pageWithoutScript(browser: Browser, options: BrowserContextOptions): Promise<Page> {
  const context = await browser.newContext({ ...options, javaScriptEnabled: false });
  return context.newPage();
}

test.describe("with JavaScript off", () => {
  let page: Page;
  test.beforeEach(async ({ browser, baseURL, viewport, isMobile, hasTouch, colorScheme }) => {
    page = await pageWithoutScript(browser, { baseURL, viewport, isMobile, hasTouch, colorScheme });
  });
  test.afterEach(async () => page.context().close());

  test("the CISO profile shows its title, outlook numbers and skills from the dataset", async () => {
    await page.goto(`/occupation/${CISO.slug}`);
    await expect(page).toHaveTitle(`${CISO.title} · CareerLens`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(CISO.title);
    const outlook = page.locator("section#outlook");
    await expect(outlook.getByTestId("resilience")).toContainText(`${oneDecimal(CISO.scores!.r!)} / 100`);
    await expect(outlook.getByTestId("resilience")).toContainText(resilienceBand(CISO.scores!.r!));
    await expect(outlook.getByTestId("ai-exposure")).toContainText(`${oneDecimal(CISO.scores!.ai!)} %`);
    const skills = page.locator("section#skills dt");
    const shown = (await skills.allInnerTexts()).map((text) => text.trim());
    for (const skill of CISO.essential) expect(shown).toContain(skill.label);
    // The similar roles are plain links to other prerendered profiles.
    const first = similarRoles(CISO.slug)[0];
    await page.locator("section#pathways").getByRole("link", { name: first.title, exact: true }).first().click();
    await expect(page).toHaveURL(`/occupation/${first.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(first.title);
  });

  for (const entry of [entries[0], entries[1503], entries[entries.length - 1]]) {
    test(`the ${entry.title} profile renders every section`, async () => {
      const detail = readDetail(entry.slug);
      await page.goto(`/occupation/${entry.slug}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(detail.title);
      for (const id of SECTIONS) {
        const section = page.locator(`#${id}`);
        await expect(section, `section ${id}`).toBeVisible();
        expect((await section.innerText()).trim().length, `text of section ${id}`).toBeGreaterThan(20);
      }
      await expect(page.locator("section#faq")).toContainText(detail.title);
      await expect(page.getByText(/^Loading /)).toHaveCount(0);
    });
  }

  test("the home, browse and methodology pages are readable", async () => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("See where a career could take you");
    await expect(page.locator(".highlight a").first()).toHaveAttribute("href", /^\/occupation\/[a-z0-9-]+$/);
    await page.goto("/browse");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const categories = new Set(entries.map((e) => e.category));
    for (const category of categories) await expect(page.getByRole("link", { name: category }).first()).toBeVisible();
    await page.goto("/methodology");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Methodology");
    await expect(page.getByText(/^Loading /)).toHaveCount(0);
  });
});

test("the islands hydrate a prerendered profile with no shift, keeping its nodes, scroll, focus and what was opened", async ({ page, baseURL, watched }) => {
  // The wasm is held back until the visitor has read, scrolled and opened something.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const viewer = await page.context().newPage();
  watchPage(viewer, new URL(baseURL!).origin, watched.problems);
  await viewer.route(/\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  await viewer.addInitScript(() => {
    const w = window as unknown as { layoutShift: number };
    w.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
        if (!entry.hadRecentInput) w.layoutShift += entry.value;
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
  await viewer.goto(`/occupation/${CISO.slug}`, { waitUntil: "commit" });
  await expect(viewer.getByRole("heading", { level: 1 })).toHaveText(CISO.title);
  await expect(viewer.locator("section#outlook").getByTestId("resilience")).toContainText(`${oneDecimal(CISO.scores!.r!)} / 100`);
  expect(await viewer.evaluate(() => document.documentElement.dataset.app)).toBeUndefined();

  // A fit question answered before the app has started counts once it has.
  const questions = viewer.locator("section#fit").getByRole("group");
  await questions.first().getByRole("radio", { name: "Yes" }).check();
  const skills = viewer.locator("section#skills");
  await skills.getByText(/^Optional skills and knowledge/).click();
  const firstRole = viewer.locator("section#pathways a[href^='/occupation/']").first();
  await firstRole.focus();
  const focusedText = await firstRole.innerText();
  const before = await viewer.locator("main").innerText();
  const scrollY = await viewer.evaluate(() => window.scrollY);
  expect(scrollY).toBeGreaterThan(0);
  // Hydration keeps the page's nodes: the heading stays the same node, and nothing is removed.
  await viewer.evaluate(() => {
    const w = window as unknown as { heading: Element | null; removed: number };
    w.heading = document.querySelector("main h1");
    w.removed = 0;
    new MutationObserver((records) => {
      for (const record of records) w.removed += record.removedNodes.length;
    }).observe(document.querySelector("main")!, { childList: true, subtree: true });
  });

  release();
  await viewer.waitForFunction(() => document.documentElement.dataset.app === "ready");
  expect(await viewer.evaluate(() => (window as unknown as { heading: Element }).heading === document.querySelector("main h1"))).toBe(true);
  expect(await viewer.evaluate(() => (window as unknown as { removed: number }).removed)).toBe(0);
  expect(await viewer.locator("main").innerText()).toBe(before);
  expect(await viewer.evaluate(() => window.scrollY)).toBe(scrollY);
  expect(await viewer.evaluate(() => document.activeElement?.textContent)).toBe(focusedText);
  expect(await viewer.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift)).toBeLessThan(0.05);
  // One set of head tags: the app's.
  await expect(viewer.locator('link[rel="canonical"]')).toHaveCount(1);
  await expect(viewer.locator('script[type="application/ld+json"]')).toHaveCount(1);
  await expect(viewer.locator('link[rel="alternate"][type="application/json+oembed"]')).toHaveCount(1);

  // What needs the app works: search, disclosures and the fit questions.
  await viewer.getByRole("combobox", { name: "Search occupations" }).fill("ciso");
  await expect(viewer.getByRole("option", { name: /chief ICT security officer/ })).toBeVisible();
  await viewer.keyboard.press("Escape");
  const how = viewer.locator("section#outlook").getByText("How are these scores calculated?");
  await how.click();
  await expect(viewer.locator("section#outlook details").first()).toHaveAttribute("open", "");
  await expect(questions).toHaveCount(3);
  for (const question of (await questions.all()).slice(1)) await question.getByRole("radio", { name: "Yes" }).check();
  await expect(viewer.locator("section#fit .fit-teaser__signal")).toHaveText(
    "You enjoy 3 of the 3 traits this role relies on most, and sometimes 0: a strong early signal for this role.",
  );
  await viewer.close();
});

test("a prerendered profile hydrates its islands with their own wasm, without the app's or the index", async ({ page, baseURL, watched }) => {
  const viewer = await page.context().newPage();
  watchPage(viewer, new URL(baseURL!).origin, watched.problems);
  const indexRequests: string[] = [];
  const wasmRequests: string[] = [];
  viewer.on("request", (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith("/data/index/")) indexRequests.push(path);
    if (path.endsWith(".wasm")) wasmRequests.push(path);
  });
  await viewer.goto(`/occupation/${CISO.slug}`);
  await viewer.waitForFunction(() => document.documentElement.dataset.app === "ready");
  await expect(viewer.locator("section#outlook").getByTestId("ai-exposure")).toContainText(`${oneDecimal(CISO.scores!.ai!)} %`);
  await expect(viewer.locator("section#career-dna").getByRole("link", { name: "Start the assessment" })).toBeVisible();
  await expect(viewer.locator("section#pathways").getByRole("heading", { name: "Plan a route to another occupation" })).toBeVisible();
  await expect(viewer.getByText(/^Loading /)).toHaveCount(0);
  expect(indexRequests).toEqual([]);
  expect(wasmRequests).toEqual([expect.stringMatching(/^\/islands\/careerlens_islands-[0-9a-f]{16}_bg\.wasm$/)]);
  await viewer.close();
});

test.describe("head tags in every prerendered page", () => {
  test.skip(({ isMobile }) => isMobile, "the files are the same for every browser");

  const pageOf = (file: string) => readFileSync(join(DIST, file), "utf8");
  const headOf = (file: string) => {
    const html = pageOf(file);
    return html.slice(0, html.indexOf("</head>"));
  };
  const attribute = (head: string, tag: RegExp, name: string) => head.match(tag)?.[0].match(new RegExp(`${name}="([^"]*)"`))?.[1];
  /**
   * What the page has the browser fetch before it has loaded: the data it was rendered from, and
   * never the app. The links come after the page's content, so that the page and its stylesheets
   * have the connection to themselves.
   */
  const preloads = (html: string) => {
    const links = [...html.matchAll(/<link rel="(?:module)?preload" href="([^"]+)"/g)];
    for (const link of links) expect(link.index, link[0]).toBeGreaterThan(html.lastIndexOf("</main>"));
    return links.map((link) => link[1]);
  };

  test("each profile's JSON-LD parses and names its occupation, and its canonical address is its own", () => {
    const origin = builtOrigin();
    const problems: string[] = [];
    for (const entry of entries) {
      const head = headOf(join("occupation", entry.slug, "index.html"));
      const url = `${origin}/occupation/${entry.slug}`;
      const scripts = [...head.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
      let jsonLd: { name?: string; url?: string; "@type"?: string } = {};
      try {
        jsonLd = JSON.parse(scripts[0]?.[1] ?? "");
      } catch (error) {
        problems.push(`${entry.slug}: JSON-LD does not parse (${error})`);
      }
      if (scripts.length !== 1) problems.push(`${entry.slug}: ${scripts.length} JSON-LD scripts`);
      if (jsonLd["@type"] !== "Occupation" || jsonLd.name !== entry.title || jsonLd.url !== url) {
        problems.push(`${entry.slug}: JSON-LD names ${jsonLd.name} at ${jsonLd.url}`);
      }
      const canonical = attribute(head, /<link[^>]*rel="canonical"[^>]*>/, "href");
      if (canonical !== url) problems.push(`${entry.slug}: canonical ${canonical}`);
      const oembed = attribute(head, /<link[^>]*type="application\/json\+oembed"[^>]*>/, "href");
      if (oembed !== `${origin}/oembed/${entry.slug}.json`) problems.push(`${entry.slug}: oEmbed link ${oembed}`);
      if (!head.includes(`<title>${escapeHtml(entry.title)} · CareerLens</title>`)) problems.push(`${entry.slug}: title`);
      const fetched = preloads(pageOf(join("occupation", entry.slug, "index.html"))).join(" ");
      if (fetched !== `/data/manifest.json /data/occupations/${entry.slug}.json`) problems.push(`${entry.slug}: preloads ${fetched}`);
    }
    expect(problems).toEqual([]);
  });

  test("the home, browse, assessment and methodology pages name their own canonical address and preload their data", () => {
    const origin = builtOrigin();
    const pages = [
      // Its lists are kept as prerendered: the app hydrates it without the index.
      ["index.html", "/", []],
      ["browse/index.html", "/browse", ["/data/index/core.json"]],
      // Its introduction needs no data; the answers saved in the browser are read once hydrated.
      ["assessment/index.html", "/assessment", []],
      // Its text is in the page: the app reads no data to hydrate it.
      ["methodology/index.html", "/methodology", []],
    ] as const;
    for (const [file, path, data] of pages) {
      const head = headOf(file);
      expect(attribute(head, /<link[^>]*rel="canonical"[^>]*>/, "href"), file).toBe(`${origin}${path}`);
      expect(attribute(head, /<meta[^>]*name="description"[^>]*>/, "content")!.length, file).toBeGreaterThan(40);
      expect(preloads(pageOf(file)), file).toEqual(data);
    }
    // The page every other address gets starts the app after it has loaded too.
    expect(preloads(pageOf("app.html"))).toEqual([]);
  });
});

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
