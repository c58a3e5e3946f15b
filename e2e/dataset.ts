// Reads the shipped dataset from public/data, so the tests compare the page with the data itself
// instead of numbers copied into the tests.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

// E2E_DATA points the tests at another build of the dataset (the app must serve the same one).
const dataRoot = process.env.E2E_DATA ?? join(__dirname, "..", "public", "data");

export type DetailSkill = { id: number; label: string; kind?: string; description?: string };
export type Rated = { name: string; value: number };
export type AiAnalysis = {
  basis: string;
  labelled_tasks: number;
  people_anchor?: { kind: string; text: string };
  copilot_tasks: string[];
  most_exposed_tasks: { text: string; beta: number }[];
  strongest_vector?: [string, number];
};
export type Scores = {
  ai?: number;
  b: string;
  r?: number;
  an?: number;
  ge?: number;
  wf?: number;
  ph?: number;
  mt: (number | null)[];
};
export type Detail = {
  slug: string;
  title: string;
  description: string;
  category: string;
  isco: string;
  essential: DetailSkill[];
  optional: DetailSkill[];
  onet: { code: string; title: string; tasks: { text: string; core: boolean }[] }[];
  work_styles: Rated[];
  work_values: Rated[];
  interests: Rated[];
  ai?: AiAnalysis;
};

export function readDetail(slug: string): Detail {
  return JSON.parse(readFileSync(join(dataRoot, "occupations", `${slug}.json`), "utf8"));
}

export type IndexEntry = { id: string; slug: string; title: string; category: string; scores?: Scores };

/** Every occupation of the column-oriented index. */
export function readIndexEntries(): IndexEntry[] {
  const index = JSON.parse(readFileSync(join(dataRoot, "index.json"), "utf8"));
  const columns = index.occupations;
  return columns.slug.map((slug: string, i: number) => ({
    id: columns.id[i],
    slug,
    title: columns.title[i],
    category: columns.cat[i],
    scores: columns.scores?.[i] ?? undefined,
  }));
}

/** The fitted viability thresholds of the dataset. */
export function readViability(): { highly_viable: number; viable: number } {
  return JSON.parse(readFileSync(join(dataRoot, "index.json"), "utf8")).fitted.viability;
}

/** Resilience bands as the methodology states them. */
export function resilienceBand(score: number): string {
  if (score >= 70) return "exceptionally stable";
  if (score >= 55) return "stable";
  if (score >= 40) return "mixed outlook";
  if (score >= 25) return "exposed";
  return "highly exposed";
}

/** The work styles the quick-fit questions ask about: the three most important, ties by name. */
export function topWorkStyles(detail: Detail, n = 3): Rated[] {
  return [...detail.work_styles]
    .sort((a, b) => b.value - a.value || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, n);
}

/** One decimal the way the app shows it: the stored hundredths rounded half up. */
export function oneDecimal(value: number): string {
  const tenths = Math.floor((Math.round(value * 100) + 5) / 10);
  return `${Math.floor(tenths / 10)}.${tenths % 10}`;
}

/**
 * The top similar roles of an occupation as `databuild export similar` computes them natively, from
 * the same engine code the app runs in wasm: the page must list the same roles.
 */
export function similarFromCli(id: string, top: number): { targetId: string; score: number }[] {
  const targetDir = process.env.CARGO_TARGET_DIR ?? join(__dirname, "..", "target");
  const csv = execFileSync(join(targetDir, "release", "databuild"), [
    "export", "similar", "--data", dataRoot, "--top", String(top),
  ], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const uuid = (uri: string) => uri.slice(uri.lastIndexOf("/") + 1);
  return csv
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => line.split(","))
    .filter(([origin]) => uuid(origin) === id)
    .map(([, , target, score]) => ({ targetId: uuid(target), score: Number(score) }));
}
