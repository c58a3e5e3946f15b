// Reads the shipped dataset from public/data, so the tests compare the page with the data itself
// instead of numbers copied into the tests.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
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
  /** Vectors that are their ISCO group's mean, and that group. */
  fv?: string[];
  fb?: "isco_unit_group" | "isco_minor_group" | "isco_sub_major_group";
  /** The group resilience was shrunk toward, and the share of its weight on own data. */
  rb?: "isco_unit_group" | "isco_minor_group" | "isco_sub_major_group";
  re?: number;
  /** A weak O*NET match. */
  wm?: boolean;
};

/** Whether every score rests on the occupation's own data from a sound O*NET match. */
export function restsOnOwnData(s: Scores): boolean {
  return !s.wm && !s.fv?.length && !s.rb && ["task_labels", "occupation_beta", "usage_only"].includes(s.b);
}

/** How the page names an ISCO group: "ISCO unit group 2654". */
export function iscoGroup(basis: NonNullable<Scores["fb"]>, isco: string): string {
  const [name, digits] =
    basis === "isco_unit_group" ? ["unit group", 4] : basis === "isco_minor_group" ? ["minor group", 3] : ["sub-major group", 2];
  return `ISCO ${name} ${isco.slice(0, digits as number)}`;
}
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
  scores?: Scores;
};

export function readDetail(slug: string): Detail {
  return JSON.parse(readFileSync(join(dataRoot, "occupations", `${slug}.json`), "utf8"));
}

export type IndexEntry = {
  id: string;
  slug: string;
  title: string;
  category: string;
  alt: string[];
  /** O*NET job zone, a mean 1–5, when the occupation has O*NET data. */
  jobZone?: number;
  scores?: Scores;
};

/** One of the index's files (`index/core.json`, `index/labels.json`, …). */
function readIndexFile(part: "core" | "ids" | "labels" | "postings" | "onet") {
  return JSON.parse(readFileSync(join(dataRoot, "index", `${part}.json`), "utf8"));
}

/** Every occupation of the column-oriented index, from its core, ids, labels and O*NET parts. */
export function readIndexEntries(): IndexEntry[] {
  const columns = {
    ...readIndexFile("core").occupations,
    ...readIndexFile("ids").occupations,
    ...readIndexFile("labels").occupations,
    ...readIndexFile("onet").occupations,
  };
  return columns.slug.map((slug: string, i: number) => ({
    id: columns.id[i],
    slug,
    title: columns.title[i],
    category: columns.cat[i],
    alt: columns.alt?.[i] ?? [],
    jobZone: columns.jz?.[i] ?? undefined,
    scores: columns.scores?.[i] ?? undefined,
  }));
}

/** The names of the index's RIASEC areas, work styles and work values, in the order the index lists their ratings. */
export function readScaleNames(): { riasec: string[]; work_styles: string[]; work_values: string[] } {
  const index = readIndexFile("core");
  return { riasec: index.riasec, work_styles: index.work_styles, work_values: index.work_values };
}

/** The fitted viability thresholds of the dataset. */
export function readViability(): { highly_viable: number; viable: number } {
  return readIndexFile("core").fitted.viability;
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

/** Runs the natively built `databuild` (the same engine code the app runs in wasm) and returns its output. */
function databuild(args: string[]): string {
  const targetDir = process.env.CARGO_TARGET_DIR ?? join(__dirname, "..", "target");
  return execFileSync(join(targetDir, "release", "databuild"), args, {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** The UUID at the end of an ESCO concept URI. */
const uuid = (uri: string) => uri.slice(uri.lastIndexOf("/") + 1);

export type SimilarRole = {
  slug: string;
  title: string;
  similarity: number;
  viability?: "highly_viable" | "viable" | "less_viable";
  skills_to_learn: string[];
};

/**
 * The similar roles an occupation's chunk ships: the engine's blend of skill and work-activity
 * similarity, computed by `databuild` from sources the app does not load (the dataset check
 * proves a fresh build gives the same chunks). The page must list exactly these.
 */
export function similarRoles(slug: string): SimilarRole[] {
  return (readDetail(slug) as Detail & { similar: SimilarRole[] }).similar;
}

/** The progression and lateral moves beyond the similar roles, as an occupation's chunk ships them. */
export function growthMoves(slug: string): { progression: SimilarRole[]; lateral: SimilarRole[] } {
  const detail = readDetail(slug) as Detail & { progression?: SimilarRole[]; lateral?: SimilarRole[] };
  return { progression: detail.progression ?? [], lateral: detail.lateral ?? [] };
}

/** The words the page shows for a viability band. */
export const viabilityLabel = (band: SimilarRole["viability"]) =>
  band === "highly_viable" ? "highly viable" : band === "viable" ? "viable" : "less viable";

/** Rows of a CSV text (RFC 4180 quoting), header included. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else if (ch !== "\r") {
      field += ch;
    }
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** One statement of the Career DNA assessment, as `databuild items` lists them. */
export type AssessmentItem = { id: string; part: string; scale: string; text: string };

/** The rated items in the order the assessment asks them, then the background questions. */
export function readItems(): AssessmentItem[] {
  return parseCsv(databuild(["items", "--data", dataRoot]))
    .slice(1)
    .map(([id, part, scale, text]) => ({ id, part, scale, text }));
}

/** The answers file the app downloads and imports (see crates/engine/src/assessment/answers.rs). */
export type AnswersFile = {
  format: "careerlens-answers";
  version: 1;
  answers: Record<string, number>;
  job_zone: number | null;
  current: string | null;
};

/** One ranked occupation of `databuild fit`. */
export type RankedFit = { rank: number; id: string; slug: string; title: string; category: string; fit: string };

/**
 * The career fit of an answers file with every ranked occupation, best first, as `databuild fit`
 * computes it natively with the engine's ranking: the results page must show the same order.
 */
export function fitFromCli(answers: AnswersFile, top = 100_000): RankedFit[] {
  const dir = mkdtempSync(join(tmpdir(), "careerlens-fit-"));
  try {
    const file = join(dir, "answers.json");
    writeFileSync(file, JSON.stringify(answers));
    const byId = new Map(readIndexEntries().map((e) => [e.id, e]));
    return parseCsv(databuild(["fit", "--data", dataRoot, "--answers", file, "--top", String(top)]))
      .slice(1)
      .map(([rank, uri, title, fit]) => {
        const entry = byId.get(uuid(uri))!;
        return { rank: Number(rank), id: entry.id, slug: entry.slug, title, category: entry.category, fit };
      });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Common Latin accents folded to ASCII, as the engine's search folds them (search.rs). */
function foldAccent(ch: string): string {
  const folds: [string, string][] = [
    ["àáâãäå", "a"], ["ç", "c"], ["èéêë", "e"], ["ìíîï", "i"], ["ñ", "n"], ["òóôõöø", "o"], ["ùúûü", "u"], ["ýÿ", "y"],
  ];
  for (const [from, to] of folds) if (from.includes(ch)) return to;
  return ch;
}

/** Lower-cased words of ASCII letters and digits, accents folded: the engine's normalised words. */
export function normalisedWords(text: string): string[] {
  const words: string[] = [];
  let current = "";
  for (const ch of text.toLowerCase()) {
    const folded = foldAccent(ch);
    if (/^[a-z0-9]$/.test(folded)) {
      current += folded;
    } else if (current) {
      words.push(current);
      current = "";
    }
  }
  if (current) words.push(current);
  return words;
}

/** Whether every word of `text` starts a word of the title or of one alternative label. */
export function titleFilterMatches(entry: IndexEntry, text: string): boolean {
  const wanted = normalisedWords(text);
  if (wanted.length === 0) return true;
  return [entry.title, ...entry.alt].some((label) => {
    const words = normalisedWords(label);
    return wanted.every((w) => words.some((word) => word.startsWith(w)));
  });
}

/**
 * The title with the indefinite article an editor would write by ear: initialisms read letter by
 * letter ("an ICT…", "a UX…"), "u" as in "you" before uni-, use-, usu- and uti-.
 */
export function withArticle(title: string): string {
  const word = title.split(/[^A-Za-z0-9]/)[0];
  const initialism = word.length >= 2 && /^[A-Z0-9]+$/.test(word);
  const vowel = initialism
    ? "AEFHILMNORSX".includes(word[0])
    : /^[aeiou]/i.test(word) && !/^(uni|use|usu|uti|eu|one)/i.test(word);
  return `${vowel ? "an" : "a"} ${title}`;
}
