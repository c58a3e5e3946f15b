// A page of another site that embeds CareerLens cards: served by e2e/host/server.mjs from a second
// origin (another host name and port) with its own styles, links and Content-Security-Policy, as a
// school's careers page would be.
import { createHash } from "node:crypto";
import { expect, type Locator, type Page } from "@playwright/test";

export const HOST_ORIGIN = `http://localhost:${Number(process.env.E2E_PORT ?? 4173) + 1}`;

/** The computed styles and links the host page has without any widget, to compare after. */
export type HostSnapshot = {
  styles: Record<string, string>[];
  links: { href: string; target: string }[];
  historyLength: number;
  url: string;
  globals: string[];
};

export class HostPage {
  constructor(
    readonly page: Page,
    readonly careerlens: string,
  ) {}

  /**
   * Serves a host page holding `body` at HOST_ORIGIN, with a policy that allows CareerLens exactly
   * as docs/hosting.md says, inline scripts only by hash, and no inline styles at all.
   */
  async open(body: string, { inlineScripts = [] as string[] } = {}) {
    const hashes = inlineScripts.map((script) => `'sha256-${createHash("sha256").update(script).digest("base64")}'`);
    const policy = [
      "default-src 'self'",
      `script-src 'self' ${this.careerlens} 'wasm-unsafe-eval' ${hashes.join(" ")}`,
      `connect-src 'self' ${this.careerlens}`,
      `frame-src ${this.careerlens}`,
      "style-src 'self'",
      "img-src 'self'",
    ].join("; ");
    const html = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Careers at Example School</title>
  <link rel="stylesheet" href="/host.css">
</head>
<body>
  <header><h1>Example School careers</h1><nav aria-label="School"><a href="/jobs">Jobs</a> <a href="#contact">Contact</a></nav></header>
  <main>
    <h2>Careers in digital security</h2>
    <p>Our advisers picked these roles. <a href="/about">About our advisers</a></p>
    ${body}
  </main>
  <footer id="contact"><p>Example School, careers office</p></footer>
</body>
</html>`;
    const created = await this.page.request.post(`${HOST_ORIGIN}/pages`, { data: { html, policy } });
    expect(created.status()).toBe(201);
    const { path } = await created.json();
    await this.page.goto(`${HOST_ORIGIN}${path}`);
  }

  /** Loads the widget script into the open page, as the snippet's script tag would. */
  async addWidgetScript(query = "") {
    await this.page.evaluate((src) => {
      const script = document.createElement("script");
      script.type = "module";
      script.src = src;
      document.head.append(script);
    }, `${this.careerlens}/widget.js${query}`);
  }

  /** Adds a card element at the end of the page's main content. */
  async addCard(attributes: Record<string, string>) {
    await this.page.evaluate((attrs) => {
      const card = document.createElement("careerlens-card");
      for (const [name, value] of Object.entries(attrs)) card.setAttribute(name, value);
      document.querySelector("main")!.append(card);
    }, attributes);
  }

  /** The n-th card element (its shadow root is searched by Playwright's locators). */
  card(n: number): Locator {
    return this.page.locator("careerlens-card").nth(n);
  }

  async snapshot(): Promise<HostSnapshot> {
    return this.page.evaluate(() => {
      const props = ["color", "font-family", "background-color", "margin-top", "font-size", "text-decoration-line"];
      const elements = [...document.querySelectorAll("body, h1, h2, p, a, nav, footer")];
      return {
        styles: elements.map((element) => {
          const style = getComputedStyle(element);
          return Object.fromEntries(props.map((prop) => [prop, style.getPropertyValue(prop)]));
        }),
        links: [...document.querySelectorAll("body > header a, main > p a")].map((a) => ({
          href: (a as HTMLAnchorElement).href,
          target: (a as HTMLAnchorElement).target,
        })),
        historyLength: history.length,
        url: location.href,
        globals: Object.getOwnPropertyNames(window).sort(),
      };
    });
  }

  /** Records every listener added to window or document from now on (the host adds none). */
  async recordGlobalListeners() {
    await this.page.addInitScript(() => {
      const added: string[] = [];
      (window as unknown as { __globalListeners: string[] }).__globalListeners = added;
      const original = EventTarget.prototype.addEventListener;
      EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
        if (this === window || this === document) added.push(type);
        return (original as (...args: unknown[]) => void).call(this, type, ...rest);
      } as typeof EventTarget.prototype.addEventListener;
    });
  }

  async globalListeners(): Promise<string[]> {
    return this.page.evaluate(() => (window as unknown as { __globalListeners: string[] }).__globalListeners);
  }
}

/** The iframe of the n-th CareerLens frame on the page. */
export function frameOf(page: Page, n: number) {
  return page.frameLocator("iframe[data-careerlens]").nth(n);
}

export async function expectCardLoaded(card: Locator, title: string) {
  // The visually hidden note is part of the link's text for screen readers.
  await expect(card.locator(".cl-card__title")).toHaveText(`${title} (opens in a new tab)`);
}
