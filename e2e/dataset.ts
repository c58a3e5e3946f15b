// Reads the shipped dataset from public/data, so the tests compare the page with the data itself
// instead of numbers copied into the tests.
import { readFileSync } from "node:fs";
import { join } from "node:path";

const dataRoot = join(__dirname, "..", "public", "data");

export type DetailSkill = { id: number; label: string; kind?: string; description?: string };
export type Rated = { name: string; value: number };
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
};

export function readDetail(slug: string): Detail {
  return JSON.parse(readFileSync(join(dataRoot, "occupations", `${slug}.json`), "utf8"));
}

/** Slugs and categories of every occupation, from the column-oriented index. */
export function readIndexEntries(): { slug: string; title: string; category: string }[] {
  const index = JSON.parse(readFileSync(join(dataRoot, "index.json"), "utf8"));
  const columns = index.occupations;
  return columns.slug.map((slug: string, i: number) => ({
    slug,
    title: columns.title[i],
    category: columns.cat[i],
  }));
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
