// Embedding: the script embed and the iframe embed on a host page of another origin, the profile's
// "Embed this" dialog and the /embed page. Expectations come from the shipped dataset.
import type { Request } from "@playwright/test";
import { test, expect, expectNoAxeViolations } from "./fixtures";
import { readDetail, readIndexEntries, oneDecimal, similarRoles } from "./dataset";
import { HOST_ORIGIN, HostPage, expectCardLoaded, frameOf } from "./pages/host-page";

const entries = readIndexEntries();
const bySlug = new Map(entries.map((e) => [e.slug, e]));
const byId = new Map(entries.map((e) => [e.id, e]));
const CISO = bySlug.get("chief-ict-security-officer")!;
const SOMMELIER = bySlug.get("sommelier")!;

/** Every request the page makes, to check that none goes to a third origin. */
function recordRequests(page: import("@playwright/test").Page): Request[] {
  const requests: Request[] = [];
  page.on("request", (request) => requests.push(request));
  return requests;
}

function expectOnlyTwoOrigins(requests: Request[], careerlens: string) {
  const origins = new Set(requests.map((r) => new URL(r.url()).origin));
  expect([...origins].sort()).toEqual([careerlens, HOST_ORIGIN].sort());
}

// The host page's own origin is expected here, so these tests watch problems themselves.
function watchProblems(page: import("@playwright/test").Page): string[] {
  const problems: string[] = [];
  page.on("console", (m) => m.type() === "error" && problems.push(`console error: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  return problems;
}

test.describe("script embed on another site", () => {
  test("cards show two occupations' shipped data, and bad attributes a message in their card only", async ({ page, baseURL }) => {
    const careerlens = new URL(baseURL!).origin;
    const requests = recordRequests(page);
    const problems = watchProblems(page);
    const host = new HostPage(page, careerlens);
    await host.open(`
      <careerlens-card occupation="${CISO.slug}" section="outlook"></careerlens-card>
      <careerlens-card occupation="${SOMMELIER.slug}" section="skills" theme="dark"></careerlens-card>
      <careerlens-card occupation="no-such-occupation"></careerlens-card>
      <careerlens-card occupation="${CISO.slug}" section="salary"></careerlens-card>
      <careerlens-card occupation="${CISO.slug}" section="similar"></careerlens-card>
      <script type="module" src="${careerlens}/widget.js"></script>`);

    const outlook = host.card(0);
    await expectCardLoaded(outlook, CISO.title);
    await expect(outlook.getByTestId("resilience")).toContainText(`${oneDecimal(CISO.scores!.r!)} / 100`);
    await expect(outlook.getByTestId("ai-exposure")).toContainText(`${oneDecimal(CISO.scores!.ai!)} %`);

    const skills = host.card(1);
    await expectCardLoaded(skills, SOMMELIER.title);
    const sommelier = readDetail(SOMMELIER.slug);
    await expect(skills.locator("section#skills")).toContainText(
      `${sommelier.essential.length} essential skills and knowledge from ESCO`,
    );
    await expect(skills.locator("section#outlook")).toHaveCount(0);

    await expect(host.card(2).getByRole("alert")).toContainText("CareerLens has no occupation at “no-such-occupation”");
    await expect(host.card(3).getByRole("alert")).toContainText(
      "“salary” is not a card section. Choose one of: outlook, skills, similar, fit, full.",
    );

    // The similar roles are the ones the occupation's chunk ships.
    const expected = similarRoles(CISO.slug).map((role) => role.title);
    await expect(host.card(4).locator("section#similar .move__title")).toHaveText(
      expected.map((title) => `${title} (opens in a new tab)`),
    );

    // The host's rules for the card's class names do not reach into its shadow root.
    await expect(outlook.locator(".cl-card")).toBeVisible();
    // Links lead to the CareerLens profile in a new tab.
    const profileLink = outlook.locator(".cl-card__title a");
    await expect(profileLink).toHaveAttribute("href", `${careerlens}/occupation/${CISO.slug}`);
    await expect(profileLink).toHaveAttribute("target", "_blank");
    await expect(profileLink).toHaveAttribute("rel", "noopener");

    await expectNoAxeViolations(page);
    expectOnlyTwoOrigins(requests, careerlens);
    // An outlook card needs its chunk, never the index or the skill dictionary.
    const paths = requests.map((r) => new URL(r.url()).pathname);
    expect(paths.filter((path) => path.startsWith("/data/index/"))).toEqual([]);
    expect(paths).not.toContain("/data/skills.json");
    // The one expected error: the 404 of the unknown occupation's chunk.
    expect(problems).toEqual(["console error: Failed to load resource: the server responded with a status of 404 (Not Found)"]);
  });

  test("the widget leaves the host's styles, links, history and globals as they were", async ({ page, baseURL, context }) => {
    const careerlens = new URL(baseURL!).origin;
    const host = new HostPage(page, careerlens);
    await host.recordGlobalListeners();
    await host.open("");
    const before = await host.snapshot();

    await host.addWidgetScript();
    await host.addCard({ occupation: SOMMELIER.slug, section: "full" });
    await host.addCard({ occupation: CISO.slug, section: "fit" });
    await expectCardLoaded(host.card(0), SOMMELIER.title);
    await expectCardLoaded(host.card(1), CISO.title);
    // Answering a quick question works and stores nothing in the host's origin.
    await host.card(1).getByRole("radio", { name: "Yes" }).first().check();
    await expect(host.card(1).getByRole("radio", { name: "Yes" }).first()).toBeChecked();

    expect(await host.snapshot()).toEqual(before);
    expect(await host.globalListeners()).toEqual([]);
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([0, 0, ""]);
    expect(await context.cookies()).toEqual([]);

    // The host's own links still work, and a card's link opens a new tab without moving the host.
    await page.getByRole("link", { name: "Contact" }).click();
    await expect(page).toHaveURL(`${before.url}#contact`);
    const [popup] = await Promise.all([
      page.waitForEvent("popup"),
      host.card(0).locator(".cl-card__title a").click(),
    ]);
    await expect(popup).toHaveURL(`${careerlens}/occupation/${SOMMELIER.slug}`);
    await expect(page).toHaveURL(`${before.url}#contact`);
    await popup.close();
  });

  test("cards share one wasm, take the host's theme, follow attribute changes, unmount when removed, and the script may come twice", async ({ page, baseURL }) => {
    const careerlens = new URL(baseURL!).origin;
    const requests = recordRequests(page);
    const problems = watchProblems(page);
    const host = new HostPage(page, careerlens);
    await host.open("");
    await host.addWidgetScript();
    await host.addWidgetScript("?again");
    await host.addCard({ occupation: CISO.slug });
    await host.addCard({ occupation: SOMMELIER.slug });
    await expectCardLoaded(host.card(0), CISO.title);
    await expectCardLoaded(host.card(1), SOMMELIER.title);
    const wasm = requests.filter((r) => r.url().endsWith(".wasm"));
    expect(wasm.map((r) => new URL(r.url()).pathname)).toEqual(["/widget/careerlens_card_bg.wasm"]);

    // A host themes a card through its custom properties, and only through them.
    await host.card(0).evaluate((card) => (card as HTMLElement).style.setProperty("--careerlens-accent", "rgb(170, 0, 0)"));
    await expect(host.card(0).locator(".cl-card__title a")).toHaveCSS("color", "rgb(170, 0, 0)");
    await host.card(0).evaluate((card) => card.setAttribute("theme", "dark"));
    await expect(host.card(0).locator(".cl-card")).toHaveCSS("background-color", "rgb(27, 32, 39)");

    await host.card(0).evaluate((card) => card.setAttribute("section", "similar"));
    await expect(host.card(0).locator("section#similar")).toBeVisible();
    await expect(host.card(0).locator("section#outlook")).toHaveCount(0);

    const removed = await host.card(1).evaluate((card) => {
      card.remove();
      (window as unknown as { removedCard: Element }).removedCard = card;
      return card.shadowRoot!.querySelector(".cl-root")!.childNodes.length;
    });
    expect(removed).toBe(0);
    await expect(page.locator("careerlens-card")).toHaveCount(1);
    // Put back, it mounts again.
    await page.evaluate(() => document.querySelector("main")!.append((window as unknown as { removedCard: Element }).removedCard));
    await expectCardLoaded(host.card(1), SOMMELIER.title);
    expect(problems).toEqual([]);
  });
});

test.describe("iframe embed on another site", () => {
  test("the frame sizes itself from its own messages and ignores every other message", async ({ page, baseURL }) => {
    const careerlens = new URL(baseURL!).origin;
    const requests = recordRequests(page);
    const problems = watchProblems(page);
    // The snippet a host copies from the profile's dialog.
    await page.goto(`/occupation/${CISO.slug}`);
    await page.getByRole("button", { name: "Embed this" }).click();
    await page.getByLabel("Section", { exact: true }).selectOption("skills");
    const snippet = await page.getByLabel("Iframe embed").inputValue();
    const listener = snippet.match(/<script>([\s\S]*)<\/script>/)![1];

    const host = new HostPage(page, careerlens);
    const sommelierSnippet = snippet
      .replace(`${CISO.slug}?section=skills`, `${SOMMELIER.slug}?section=outlook`)
      .replace(CISO.title, SOMMELIER.title);
    const unknownSnippet = snippet.replace(`${CISO.slug}?`, "no-such-occupation?");
    await host.open([snippet, sommelierSnippet, unknownSnippet].join("\n"), { inlineScripts: [listener] });
    const frame = frameOf(page, 0);
    await expectCardLoaded(frame.locator("careerlens-card"), CISO.title);
    await expect(frame.locator("section#skills")).toContainText(
      `${readDetail(CISO.slug).essential.length} essential skills and knowledge from ESCO`,
    );
    const sommelier = frameOf(page, 1);
    await expectCardLoaded(sommelier.locator("careerlens-card"), SOMMELIER.title);
    await expect(sommelier.getByTestId("resilience")).toContainText(`${oneDecimal(SOMMELIER.scores!.r!)} / 100`);
    await expect(frameOf(page, 2).getByRole("alert")).toContainText("CareerLens has no occupation at “no-such-occupation”");

    const iframe = page.locator("iframe[data-careerlens]").first();
    const contentHeight = () =>
      frame.locator("html").evaluate((html) => String(Math.ceil(html.getBoundingClientRect().height)));
    await expect.poll(async () => (await iframe.getAttribute("height")) === (await contentHeight())).toBe(true);
    const closed = Number(await iframe.getAttribute("height"));

    // Opening the optional skills makes the card taller, and the frame follows.
    await frame.getByText(/^Optional skills and knowledge/).click();
    await expect.poll(async () => Number(await iframe.getAttribute("height"))).toBeGreaterThan(closed);
    await expect.poll(async () => (await iframe.getAttribute("height")) === (await contentHeight())).toBe(true);
    const opened = await iframe.getAttribute("height");
    const text = await frame.locator("careerlens-card").innerText();

    // Hostile messages: to the frame from the host, and to the host from itself.
    await page.evaluate(() => {
      const target = document.querySelector("iframe")!.contentWindow!;
      const deep: Record<string, unknown> = {};
      let node = deep;
      for (let i = 0; i < 1000; i++) node = (node.next = {}) as Record<string, unknown>;
      for (const message of [
        { type: "careerlens:height", height: 1e12 },
        { type: "careerlens:navigate", url: "https://example.com/" },
        "<img src=x onerror=alert(1)>",
        { type: "<script>alert(1)</script>", height: "<b>9</b>" },
        null,
        deep,
      ]) {
        target.postMessage(message, "*");
      }
      window.postMessage({ type: "careerlens:height", height: 5 }, "*");
      window.postMessage({ type: "careerlens:height", height: 1e9 }, "*");
    });
    // A message of our own, posted last, marks the moment all the others were delivered.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          addEventListener("message", (event) => event.data === "done" && resolve());
          postMessage("done", "*");
        }),
    );
    await expect(iframe).toHaveAttribute("height", opened!);
    expect(await frame.locator("careerlens-card").innerText()).toBe(text);
    expect(frame.owner()).toBeTruthy();
    await expect(frame.locator("careerlens-card")).toBeVisible();

    await expectNoAxeViolations(page);
    expectOnlyTwoOrigins(requests, careerlens);
    // The one expected error: the 404 of the unknown occupation's chunk.
    expect(problems).toEqual(["console error: Failed to load resource: the server responded with a status of 404 (Not Found)"]);
  });
});

test("CareerLens sends the hosting headers: embeddable frames, CORS for the widget and the data", async ({ request }) => {
  const frame = await request.get(`/embed/occupation/${CISO.slug}?section=outlook`);
  expect(frame.headers()["content-security-policy"]).toBe("frame-ancestors *");
  expect(await frame.text()).toContain(`<title>${CISO.title} · CareerLens card</title>`);
  const profile = await request.get(`/occupation/${CISO.slug}`);
  expect(profile.headers()["content-security-policy"]).toBe("frame-ancestors 'self'");
  for (const path of ["/widget.js", "/widget/careerlens_card.js", "/widget/careerlens_card_bg.wasm", `/data/occupations/${CISO.slug}.json`]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["access-control-allow-origin"], path).toBe("*");
  }
  expect((await request.get("/")).headers()["access-control-allow-origin"]).toBeUndefined();
});

test("the Embed this dialog previews the card and copies both snippets", async ({ page, baseURL, context, watched }) => {
  const careerlens = new URL(baseURL!).origin;
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: careerlens });
  await page.goto(`/occupation/${SOMMELIER.slug}`);
  await page.getByRole("button", { name: "Embed this" }).click();
  const dialog = page.getByRole("dialog", { name: "Embed this card on your site" });
  await expect(dialog).toBeVisible();
  // The preview is the iframe embed itself.
  const preview = page.frameLocator("[data-testid=embed-preview]").locator("careerlens-card");
  await expect(preview.locator("section#outlook")).toBeVisible();
  await expect(preview.getByTestId("resilience")).toContainText(`${oneDecimal(SOMMELIER.scores!.r!)} / 100`);

  await dialog.getByLabel("Section", { exact: true }).selectOption("similar");
  await expect(preview.locator("section#similar")).toBeVisible();
  await expect(preview.locator("section#outlook")).toHaveCount(0);
  await dialog.getByLabel("Theme", { exact: true }).selectOption("dark");
  await expect(preview).toHaveAttribute("theme", "dark");
  await expect(preview.locator("section#similar")).toBeVisible();

  const script = dialog.getByLabel("Script embed");
  await expect(script).toHaveValue(
    `<script type="module" src="${careerlens}/widget.js"></script>\n` +
      `<careerlens-card occupation="${SOMMELIER.slug}" section="similar" theme="dark"></careerlens-card>`,
  );
  await dialog.getByRole("button", { name: "Copy the script embed" }).click();
  await expect(dialog.getByText("Copied.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await script.inputValue());

  await dialog.getByRole("button", { name: "Copy the iframe embed" }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
    `src="${careerlens}/embed/occupation/${SOMMELIER.slug}?section=similar&amp;theme=dark"`,
  );
  await expectNoAxeViolations(page);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("button", { name: "Embed this" })).toBeFocused();
  expect(watched.problems).toEqual([]);
});

test("the embed page explains both ways to embed", async ({ page, baseURL, watched }) => {
  await page.goto("/embed");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Embed a career card");
  await expect(page.getByRole("heading", { name: "Script embed", exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Iframe embed", exact: true })).toBeVisible();
  await expect(page.locator("main")).toContainText(`${new URL(baseURL!).origin}/widget.js`);
  await expect(page.locator("main")).toContainText("'wasm-unsafe-eval'");
  expect(watched.problems).toEqual([]);
});
