// The security headers docs/hosting.md asks of a host (e2e/serve.mjs sends them), and data that
// carries markup: shown as text, never run.
import { test, expect } from "./fixtures";
import { readDetail } from "./dataset";

const CISO = "chief-ict-security-officer";
/** Markup that would run, or fetch, if it were ever parsed as HTML. */
const MARKUP = `<img src="/x" onerror="window.__ran = 'img'"><script>window.__ran = 'script'</script>`;

test.describe("security headers", () => {
  test.skip(({ isMobile }) => isMobile, "the headers are the same for every browser");

  for (const path of ["/", `/occupation/${CISO}`, "/data/index/core.json", "/widget.js", "/no-such-file.txt"]) {
    test(`${path} is served with the hosting headers`, async ({ request }) => {
      const response = await request.get(path);
      const headers = response.headers();
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["referrer-policy"]).toBe("no-referrer");
      expect(headers["permissions-policy"]).toBe(
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()",
      );
      expect(headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
      expect(headers["content-security-policy"]).toBe("frame-ancestors 'self'");
    });
  }
});

test("markup in an occupation's data is shown as text and never runs", async ({ page, baseURL, watched }) => {
  // The app renders the profile from a chunk whose title and description carry markup, as a
  // tampered or mistaken dataset could; the host answers with the app's empty page.
  await page.route(`**/occupation/${CISO}`, async (route) => route.fulfill({ response: await route.fetch({ url: `${baseURL}/app.html` }) }));
  const detail = readDetail(CISO);
  const title = `${detail.title} ${MARKUP}`;
  await page.route(`**/data/occupations/${CISO}.json`, (route) =>
    route.fulfill({
      status: 200,
      contentType: "application/json",
      body: JSON.stringify({ ...detail, title, description: `${MARKUP} ${detail.description}` }),
    }),
  );
  const requests: string[] = [];
  page.on("request", (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(`/occupation/${CISO}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText(`${MARKUP} ${detail.description}`).first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __ran?: string }).__ran)).toBeUndefined();
  await expect(page.locator("main img[src='/x'], main script")).toHaveCount(0);
  expect(requests).not.toContain("/x");
  expect(watched.problems).toEqual([]);
});

test("a share link carrying markup is refused in words and never runs", async ({ page, watched }) => {
  await page.goto(`/assessment/results#cl1.${encodeURIComponent(MARKUP)}`);
  const problem = page.getByTestId("share-link-problem");
  await expect(problem).toContainText("This share link cannot be read.");
  expect(await page.evaluate(() => (window as unknown as { __ran?: string }).__ran)).toBeUndefined();
  await expect(page.locator("main img, main script")).toHaveCount(0);
  expect(watched.problems).toEqual([]);
});
