// Occupation profiles: search, every section against the shipped dataset, error and not-found
// states, deep links and accessibility.
import { builtOrigin, test, expect, expectNoAxeViolations } from "./fixtures";
import { ProfilePage } from "./pages/profile-page";
import { AppShell } from "./pages/app-shell";
import {
  oneDecimal,
  readDetail,
  readIndexEntries,
  readViability,
  resilienceBand,
  similarRoles,
  growthMoves,
  viabilityLabel,
  iscoGroup,
  topWorkStyles,
  withArticle,
} from "./dataset";

const CISO = "chief-ict-security-officer";

test("searching \"ciso\" and pressing Enter opens the chief ICT security officer profile", async ({ page, watched }) => {
  const shell = new AppShell(page);
  await shell.open("/");
  await shell.search.fill("ciso");
  const options = page.getByRole("listbox", { name: "Matching occupations" }).getByRole("option");
  await expect(options.first()).toContainText("chief ICT security officer");
  await shell.search.press("ArrowDown");
  await expect(options.first()).toHaveAttribute("aria-selected", "true");
  await shell.search.press("Enter");
  await expect(page).toHaveURL(`/occupation/${CISO}`);
  await new ProfilePage(page).expectLoaded("chief ICT security officer");
  expect(watched.problems).toEqual([]);
});

for (const query of ["securty officer", "information security"]) {
  test(`searching "${query}" finds chief ICT security officer`, async ({ page, watched }) => {
    const shell = new AppShell(page);
    await shell.open("/");
    await shell.search.fill(query);
    await expect(page.getByRole("option", { name: /chief ICT security officer/ })).toBeVisible();
    expect(watched.problems).toEqual([]);
  });
}

test("the CISO profile shows the shipped data in every section", async ({ page, watched }) => {
  const detail = readDetail(CISO);
  const profile = new ProfilePage(page);
  await profile.open(CISO);
  await profile.expectLoaded(detail.title);

  await expect(page).toHaveTitle(`${detail.title} · CareerLens`);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /^Chief ICT security officers protect /);
  await expect(page.getByText(detail.description)).toBeVisible();
  await expect(page.locator("#snapshot .tag")).toHaveText(detail.category);

  // Snapshot: the key responsibilities start from the duties the ESCO description states (read
  // off it by hand), then the tasks of the best-named O*NET match, Information Security Analysts.
  const responsibilities = page.locator(".snapshot__responsibilities li");
  await expect(responsibilities.first()).toHaveText("Protect company and employee information against unauthorized access.");
  const analysts = detail.onet.find((o) => o.title === "Information Security Analysts")!;
  await expect(responsibilities.nth(2)).toHaveText(analysts.tasks[0].text);

  // Quick fit: one question per top work style.
  const fit = profile.section("fit");
  for (const style of topWorkStyles(detail)) {
    await expect(fit.getByRole("group", { name: new RegExp(style.name) })).toBeVisible();
  }

  // Typical day: six slots from 09:00 to 17:00, each an O*NET task of the occupation.
  const allTasks = new Set(detail.onet.flatMap((o) => o.tasks.map((t) => t.text)));
  const slots = profile.section("day").locator(".timeline__slot");
  await expect(slots).toHaveCount(6);
  await expect(slots.first().locator(".timeline__time")).toHaveText("09:00");
  await expect(slots.last().locator(".timeline__time")).toHaveText("17:00");
  for (const task of await slots.locator(".timeline__task").allTextContents()) {
    expect(allTasks.has(task)).toBe(true);
  }
  await expect(profile.section("day")).toContainText("Task order is illustrative");

  // Skills: every essential skill with its ESCO description; optional ones behind a disclosure.
  const skills = profile.section("skills");
  expect(detail.essential.length).toBe(29);
  for (const skill of detail.essential) {
    await expect(skills.locator("dt", { hasText: new RegExp(`^${escape(skill.label)}$`) }).first()).toBeVisible();
  }
  const firstDescribed = detail.essential.find((s) => s.description)!;
  await expect(skills.getByText(firstDescribed.description!.split("\n")[0])).toBeVisible();
  const optionalSummary = skills.getByText(`Optional skills and knowledge (${detail.optional.length})`);
  await expect(skills.getByText(detail.optional[0].label, { exact: true })).toBeHidden();
  await optionalSummary.click();
  await expect(skills.getByText(detail.optional[0].label, { exact: true }).first()).toBeVisible();

  // Skill DNA: every work style with its rating in text.
  const dna = profile.section("skill-dna");
  for (const style of detail.work_styles) {
    const row = dna.locator(".bar-chart__row", { hasText: style.name }).first();
    await expect(row.locator(".bar-chart__value")).toHaveText(`${oneDecimal(style.value)} / 5`);
  }
  const interests = dna.getByRole("figure", { name: "Interests (RIASEC)" });
  expect(detail.interests.length).toBe(6);
  for (const interest of detail.interests) {
    const row = interests.locator(".bar-chart__row", { hasText: interest.name });
    await expect(row.locator(".bar-chart__value")).toHaveText(`${oneDecimal(interest.value)} / 7`);
  }

  await expect(profile.section("career-dna").getByRole("link", { name: "Start the assessment" })).toBeVisible();

  // Future outlook: the index's scores with the band in words.
  const entry = readIndexEntries().find((e) => e.slug === CISO)!;
  const scores = entry.scores!;
  const outlook = profile.section("outlook");
  await expect(outlook.getByTestId("resilience")).toContainText(`${oneDecimal(scores.r!)} / 100`);
  await expect(outlook.getByTestId("resilience")).toContainText(resilienceBand(scores.r!));
  await expect(outlook.getByTestId("ai-exposure")).toContainText(`${oneDecimal(scores.ai!)} %`);
  await expect(outlook).toContainText(`Based on ${detail.ai!.labelled_tasks} O*NET tasks`);

  // How AI may change the role: the chunk's picks, word for word.
  const change = profile.section("ai-change");
  await expect(change).toContainText(detail.ai!.people_anchor!.text);
  for (const task of detail.ai!.copilot_tasks) await expect(change).toContainText(task);
  for (const task of detail.ai!.most_exposed_tasks) await expect(change).toContainText(task.text);

  // Detailed analysis: hidden until "Show more", then the four vectors with their numbers.
  const analysis = profile.section("analysis");
  const toggle = analysis.getByRole("button", { name: "Show more" });
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(analysis.getByRole("heading", { name: "Vital signs" })).toBeHidden();
  await toggle.click();
  await expect(analysis.getByRole("button", { name: "Close" })).toHaveAttribute("aria-expanded", "true");
  const vectorRow = (label: string) => analysis.locator(".bar-chart__row", { hasText: label });
  await expect(vectorRow("Analysis and prediction").locator(".bar-chart__value")).toHaveText(`${oneDecimal(scores.an!)} / 100`);
  await expect(vectorRow("Physical automation and robotics").locator(".bar-chart__value")).toHaveText(`${oneDecimal(scores.ph!)} / 100`);
  await expect(analysis.getByText("ESCO v1.1.1")).toBeVisible();

  // Similar roles: the ones the chunk ships, in its order, with its bands.
  const expected = similarRoles(CISO);
  const roles = profile.section("pathways").locator(".pathways > div").first().locator(".move");
  await expect(roles).toHaveCount(expected.length);
  for (const [rank, role] of expected.entries()) {
    const item = roles.nth(rank);
    await expect(item.locator(".move__title")).toHaveText(role.title);
    await expect(item.locator(".move__band")).toHaveText(viabilityLabel(role.viability));
  }
  await expect(profile.section("faq").getByText(`How does a chief ICT security officer differ from ${withArticle(expected[0].title)}?`)).toBeVisible();
  await expect(profile.section("faq").getByText("What background does a chief ICT security officer usually need?")).toBeVisible();
  await expectNoAxeViolations(page);
  expect(watched.problems).toEqual([]);
});

test("the quick fit questions give a signal once all three are answered", async ({ page, watched }) => {
  const profile = new ProfilePage(page);
  await profile.open(CISO);
  await profile.expectLoaded("chief ICT security officer");
  const fit = profile.section("fit");
  const groups = fit.getByRole("group");
  await expect(groups).toHaveCount(3);
  for (const group of await groups.all()) {
    await group.getByRole("radio", { name: "Yes" }).check();
  }
  await expect(fit).toContainText("You enjoy 3 of the 3 traits this role relies on most");
  expect(watched.problems).toEqual([]);
});

test("three occupations from other categories render every section", async ({ page, watched }) => {
  const entries = readIndexEntries();
  const seen = new Set(["Digital Technology"]);
  const picks: { slug: string; title: string }[] = [];
  for (const entry of entries) {
    if (!seen.has(entry.category) && readDetail(entry.slug).onet.length > 0) {
      seen.add(entry.category);
      picks.push(entry);
    }
    if (picks.length === 3) break;
  }
  expect(picks).toHaveLength(3);
  const profile = new ProfilePage(page);
  for (const pick of picks) {
    await profile.open(pick.slug);
    await profile.expectLoaded(pick.title);
    for (const id of ["fit", "outlook", "ai-change", "analysis", "day", "skills", "skill-dna", "career-dna", "pathways", "faq"]) {
      await expect(profile.section(id)).toBeVisible();
    }
  }
  expect(watched.problems).toEqual([]);
});

test("a corrupt detail chunk shows a clear error, and retry recovers", async ({ page }) => {
  // This test provokes a failed load on purpose, so it does not use the `watched` fixture.
  let corrupt = true;
  await page.route(`**/data/occupations/${CISO}.json`, (route) =>
    corrupt ? route.fulfill({ status: 200, contentType: "application/json", body: '{"id": 42,' }) : route.continue(),
  );
  const profile = new ProfilePage(page);
  await profile.open(CISO);
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("We could not load this occupation's profile.");
  await expect(alert).toContainText("is damaged and cannot be read");
  await expect(profile.heading).toHaveText("chief ICT security officer");
  corrupt = false;
  await alert.getByRole("button", { name: "Try again" }).click();
  await profile.expectLoaded("chief ICT security officer");
});

test("served without its prerendered page, the profile shows every section from its chunk, moves included, and loads no index", async ({ page, baseURL, watched }) => {
  // A host that answers the profile's address with the app's empty page (app.html), as one
  // without the prerendered pages would.
  await page.route(`**/occupation/${CISO}`, async (route) => route.fulfill({ response: await route.fetch({ url: `${baseURL}/app.html` }) }));
  const indexRequests: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.startsWith("/data/index/")) indexRequests.push(request.url());
  });
  const profile = new ProfilePage(page);
  const detail = readDetail(CISO);
  await profile.open(CISO);
  await expect(profile.heading).toHaveText("chief ICT security officer");
  await expect(profile.section("outlook").getByTestId("resilience")).toContainText(`${oneDecimal(detail.scores!.r!)} / 100`);
  await expect(profile.section("pathways").locator(".move__title").first()).toHaveText(similarRoles(CISO)[0].title);
  // The growth moves, as the chunk lists them, in its order, with their bands.
  const moves = growthMoves(CISO);
  expect(moves.progression.length + moves.lateral.length).toBeGreaterThan(0);
  for (const [list, expected] of [["progression-moves", moves.progression], ["lateral-moves", moves.lateral]] as const) {
    const shown = profile.section("pathways").getByTestId(list).locator(".move");
    await expect(shown).toHaveCount(expected.length);
    for (const [rank, move] of expected.entries()) {
      await expect(shown.nth(rank).locator(".move__title")).toHaveText(move.title);
      await expect(shown.nth(rank).locator(".move__band")).toHaveText(viabilityLabel(move.viability));
      await expect(shown.nth(rank)).toContainText(`Skills to learn: ${move.skills_to_learn.join(", ")}`);
    }
  }
  await expect(profile.section("career-dna").getByRole("link", { name: "Start the assessment" })).toBeVisible();
  await expect(page.getByText(/^Loading /)).toHaveCount(0);
  expect(indexRequests).toEqual([]);

  // Planning a route asks for the index parts it compares with.
  const goal = profile.section("pathways").getByRole("combobox", { name: "Route to occupation" });
  await goal.fill("chief technology officer");
  // The box asked for the index when it got focus: the results show once it has arrived.
  await expect(profile.section("pathways").getByRole("option").first()).toContainText("chief technology officer");
  await goal.press("Enter");
  await expect(profile.section("pathways").locator(".route__step").last()).toContainText("chief technology officer");
  expect(indexRequests.map((url) => new URL(url).pathname).sort()).toEqual(
    ["/data/index/core.json", "/data/index/labels.json", "/data/index/onet.json", "/data/index/postings.json"],
  );
  expect(watched.problems).toEqual([]);
});

test("an unknown slug shows not-found with suggestions", async ({ page, watched }) => {
  const profile = new ProfilePage(page);
  await profile.open("chief-security-oficer");
  await expect(profile.heading).toHaveText("Occupation not found");
  await expect(page).toHaveTitle("Occupation not found · CareerLens");
  const suggestion = page.getByRole("link", { name: "chief ICT security officer" });
  await expect(suggestion).toBeVisible();
  // Opened cold, the page asks for the chunk before the index can say the slug is unknown: the
  // browser logs that 404, and nothing else goes wrong.
  expect(watched.problems).toEqual([expect.stringContaining("404")]);
  watched.problems.length = 0;
  await suggestion.click();
  await profile.expectLoaded("chief ICT security officer");
  await expectNoAxeViolations(page);
  expect(watched.problems).toEqual([]);
});

test("a deep link to a section scrolls to it once the profile has loaded", async ({ page, watched }) => {
  const profile = new ProfilePage(page);
  await profile.open(CISO, "#skills");
  await expect(profile.section("skills")).toBeInViewport();
  expect(watched.problems).toEqual([]);
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

test("a corrupt occupation index leaves the profile whole and makes search say it is unavailable", async ({ page }) => {
  // A failed load is provoked on purpose, so this test does not use the `watched` fixture.
  await page.route("**/data/index/core.json", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: "[1, 2" }),
  );
  const profile = new ProfilePage(page);
  await profile.open(CISO);
  await profile.expectLoaded("chief ICT security officer");
  await expect(page.getByRole("alert")).toHaveCount(0);
  const shell = new AppShell(page);
  await shell.search.fill("ciso");
  await expect(page.locator("#occupation-search-status")).toContainText("Search is unavailable");
  await expect(page.locator("#occupation-search-status")).toContainText("is damaged and cannot be read");
});

test("the route planner finds a route of viable moves to a chosen occupation", async ({ page, watched }) => {
  const viability = readViability();
  const profile = new ProfilePage(page);
  await profile.open(CISO);
  await profile.expectLoaded("chief ICT security officer");
  const planner = profile.section("pathways").locator(".route-planner");
  const goal = planner.getByRole("combobox", { name: "Route to occupation" });
  await goal.fill("chief technology officer");
  await expect(planner.getByRole("option").first()).toContainText("chief technology officer");
  await goal.press("Enter");
  const steps = planner.locator(".route__step");
  await expect(steps.first()).toContainText("chief ICT security officer");
  await expect(steps.last()).toContainText("chief technology officer");
  const count = await steps.count();
  expect(count).toBeGreaterThanOrEqual(2);
  expect(count).toBeLessThanOrEqual(4);
  for (const text of (await steps.allTextContents()).slice(1)) {
    const similarity = Number(/move similarity ([0-9.]+) \/ 100/.exec(text)![1]);
    expect(similarity).toBeGreaterThanOrEqual(Math.floor(viability.viable * 1000) / 10);
  }
  expect(watched.problems).toEqual([]);
});

test("a profile says what its scores rest on when it is less than its own data", async ({ page, watched }) => {
  const profile = new ProfilePage(page);
  const entries = readIndexEntries();
  // An occupation with group-mean vectors and shrunk resilience, read from the data.
  const sparse = entries.find((e) => e.scores?.fv?.length && e.scores.rb && e.scores.re !== undefined && !e.scores.wm)!;
  const detail = readDetail(sparse.slug);
  await profile.open(sparse.slug);
  await profile.expectLoaded(sparse.title);
  const s = sparse.scores!;
  const own = Math.round(s.re! * 100);
  await expect(profile.section("outlook").getByTestId("basis-note")).toHaveText(
    `Only ${own}% of the data behind resilience covers this occupation itself, so its score is drawn ${100 - own}% of the way toward the mean of the fully rated occupations of ${iscoGroup(s.rb!, detail.isco)}.`,
  );
  const analysis = profile.section("analysis");
  await analysis.getByRole("button", { name: "Show more" }).click();
  await expect(analysis.getByTestId("vectors-note")).toContainText(`the mean of ${iscoGroup(s.fb!, detail.isco)}`);
  await expect(analysis.getByTestId("vectors-note")).toContainText("“Analysis and prediction”");

  // Astrologer's only O*NET match is Mathematicians.
  await profile.open("astrologer");
  await profile.expectLoaded("astrologer");
  await expect(profile.section("outlook").getByTestId("basis-note").first()).toHaveText(
    "The O*NET data on this page comes from a weak match, the O*NET occupation Mathematicians: Nesta's checked crosswalk places this occupation in another area of work, and it shares no word with its names. Read the tasks and O*NET-based scores with care.",
  );

  // A profile on its own data from a sound match carries no such note.
  await profile.open(CISO);
  await profile.expectLoaded("chief ICT security officer");
  await expect(profile.section("outlook").getByTestId("basis-note")).toHaveCount(0);
  await expectNoAxeViolations(page);
  expect(watched.problems).toEqual([]);
});

test("a profile's head carries its description, canonical address, preview tags and JSON-LD", async ({ page, watched }) => {
  const profile = new ProfilePage(page);
  for (const slug of [CISO, "sommelier", "astrologer"]) {
    const detail = readDetail(slug);
    await profile.open(slug);
    await profile.expectLoaded(detail.title);
    // The address the site was built for: the page is prerendered, and hydration keeps its head.
    const url = `${builtOrigin()}/occupation/${slug}`;
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", url);
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", url);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", `${detail.title} · CareerLens`);
    const description = await page.locator('meta[name="description"]').getAttribute("content");
    expect(description!.length).toBeGreaterThan(0);
    expect(description!.length).toBeLessThanOrEqual(160);
    expect(detail.description.replace(/\s+/g, " ").startsWith(description!.replace(/…$/, ""))).toBe(true);
    const scripts = page.locator('script[type="application/ld+json"]');
    await expect(scripts).toHaveCount(1);
    const jsonLd = JSON.parse((await scripts.textContent())!);
    expect(jsonLd).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Occupation",
      name: detail.title,
      url,
      occupationalCategory: { codeValue: detail.isco, inCodeSet: "ISCO-08" },
    });
    expect(jsonLd.skills).toEqual(detail.essential.map((s) => s.label));
  }
  expect(watched.problems).toEqual([]);
});
