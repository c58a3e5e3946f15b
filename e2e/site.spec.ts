// The files the site build writes for machines (scripts/build-site.sh, `databuild site`): the
// sitemap, robots.txt and an oEmbed file per occupation. Expectations come from the shipped index.
import { test, expect } from "./fixtures";
import { readIndexEntries } from "./dataset";
import { HostPage, expectCardLoaded, frameOf } from "./pages/host-page";

const entries = readIndexEntries();
const CISO = entries.find((e) => e.slug === "chief-ict-security-officer")!;

/** The path of an absolute address, so the sitemap's addresses can be fetched from this server. */
const pathOf = (url: string) => new URL(url).pathname;

test.describe("files for machines", () => {
  // One browser project is enough: these read files, not pages.
  test.skip(({ isMobile }) => isMobile, "the files are the same for every browser");

  test("the sitemap lists every page and every profile, and each profile resolves", async ({ request, baseURL }) => {
    const sitemap = await request.get("/sitemap.xml");
    expect(sitemap.status()).toBe(200);
    expect(sitemap.headers()["content-type"]).toContain("xml");
    const urls = [...(await sitemap.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    const paths = urls.map(pathOf);
    expect(paths.slice(0, 5)).toEqual(["/", "/browse", "/methodology", "/assessment", "/embed"]);
    const profiles = paths.filter((p) => p.startsWith("/occupation/"));
    expect(profiles).toEqual(entries.map((e) => `/occupation/${e.slug}`));
    expect(profiles).toHaveLength(3007);
    // Each profile's page and the data it shows are served, fifty profiles at a time (Node's
    // own fetch: Playwright's request API takes a minute for six thousand requests).
    const failed: string[] = [];
    for (let start = 0; start < profiles.length; start += 50) {
      await Promise.all(
        profiles.slice(start, start + 50).flatMap((path) => {
          const slug = path.slice("/occupation/".length);
          return [path, `/data/occupations/${slug}.json`].map(async (url) => {
            const response = await fetch(new URL(url, baseURL), { method: "HEAD" });
            if (response.status !== 200) failed.push(`${url}: ${response.status}`);
          });
        }),
      );
    }
    expect(failed).toEqual([]);
  });

  test("robots.txt names the sitemap and keeps the embed frames out", async ({ request }) => {
    const robots = await (await request.get("/robots.txt")).text();
    expect(robots).toContain("User-agent: *\n");
    expect(robots).toContain("Disallow: /embed/occupation/\n");
    expect(robots).toMatch(/\nSitemap: https?:\/\/[^/]+\/sitemap\.xml\n$/);
  });

  test("an occupation's oEmbed file is a rich embed whose frame shows its card", async ({ page, request, baseURL }) => {
    const careerlens = new URL(baseURL!).origin;
    const oembed = await (await request.get(`/oembed/${CISO.slug}.json`)).json();
    expect(oembed).toMatchObject({ version: "1.0", type: "rich", provider_name: "CareerLens", width: 640, height: 600 });
    expect(oembed.title).toBe(`${CISO.title} · CareerLens`);
    // The build names the origin it was built for; this server may sit elsewhere.
    const built = new URL(oembed.provider_url).origin;
    const html: string = oembed.html.replaceAll(built, careerlens);
    expect(html).toMatch(/^<iframe data-careerlens src="[^"]+\/embed\/occupation\/chief-ict-security-officer\?section=full&amp;theme=auto"/);
    expect(html).not.toContain("<script");
    const host = new HostPage(page, careerlens);
    await host.open(html);
    await expectCardLoaded(frameOf(page, 0).locator("careerlens-card"), CISO.title);
    await expect(frameOf(page, 0).getByTestId("resilience")).toBeVisible();
  });
});
