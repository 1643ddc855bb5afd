/**
 * Site search: diacritic-insensitive, ranked matching of a typed query against site names,
 * operators, group (alternative) names and country names. Pure: no DOM, no store.
 */

/** What a site offers to the search. */
export interface SearchEntry {
  id: string;
  name: string;
  operator: string | null;
  groupNames: readonly string[];
  countryName: string;
}

/** A search entry with its texts normalised once, ready for {@link searchSites}. */
export interface PreparedSearchEntry {
  entry: SearchEntry;
  name: string;
  operator: string;
  groupNames: readonly string[];
  countryName: string;
}

/** Which text of a site a query matched. */
export type SearchField = 'name' | 'operator' | 'group' | 'country';

/** One ranked result: lower `rank` is better. */
export interface SearchHit {
  id: string;
  field: SearchField;
  rank: number;
}

/** Letters that Unicode does not decompose into a base letter plus a combining mark. */
const FOLDED_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};
const FOLDED_PATTERN = /[ßæœøłđðþı]/g;

/** Lowercases, strips diacritics (NFD + combining marks) and collapses whitespace. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(FOLDED_PATTERN, (letter) => FOLDED_LETTERS[letter] ?? letter)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Normalises the texts of each entry once per data load. */
export function prepareSearchEntries(entries: readonly SearchEntry[]): PreparedSearchEntry[] {
  return entries.map((entry) => ({
    entry,
    name: normaliseText(entry.name),
    operator: normaliseText(entry.operator ?? ''),
    groupNames: entry.groupNames.map(normaliseText),
    countryName: normaliseText(entry.countryName),
  }));
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** How `query` occurs in `text`: 0 at the start, 1 at the start of a word, 2 inside a word, -1 not. */
function matchKind(text: string, query: string): number {
  let position = text.indexOf(query);
  if (position < 0) return -1;
  if (position === 0) return 0;
  let best = 2;
  while (position >= 0) {
    if (!WORD_CHARACTER.test(text.charAt(position - 1))) {
      best = 1;
      break;
    }
    position = text.indexOf(query, position + 1);
  }
  return best;
}

/*
 * Ranks, best first:
 *   0 name starts with the query         3 every query word occurs in the name
 *   1 a word of the name starts with it  4 a word of the operator / group names / country starts with it
 *   2 the name contains it               5 the operator / group names / country contain it
 *                                        6 every query word occurs somewhere in the site's texts
 */
const OTHER_FIELDS: readonly SearchField[] = ['operator', 'group', 'country'];

function textsOf(prepared: PreparedSearchEntry, field: SearchField): readonly string[] {
  switch (field) {
    case 'name':
      return [prepared.name];
    case 'operator':
      return [prepared.operator];
    case 'group':
      return prepared.groupNames;
    case 'country':
      return [prepared.countryName];
  }
}

function bestKind(texts: readonly string[], query: string): number {
  let best = -1;
  for (const text of texts) {
    const kind = matchKind(text, query);
    if (kind >= 0 && (best < 0 || kind < best)) best = kind;
    if (best === 0) break;
  }
  return best;
}

function rankEntry(
  prepared: PreparedSearchEntry,
  query: string,
  words: readonly string[],
): Omit<SearchHit, 'id'> | null {
  const nameKind = matchKind(prepared.name, query);
  if (nameKind >= 0) return { field: 'name', rank: nameKind };
  if (words.length > 1 && words.every((word) => prepared.name.includes(word)))
    return { field: 'name', rank: 3 };
  let best: Omit<SearchHit, 'id'> | null = null;
  for (const field of OTHER_FIELDS) {
    const kind = bestKind(textsOf(prepared, field), query);
    if (kind < 0) continue;
    const rank = kind <= 1 ? 4 : 5;
    if (!best || rank < best.rank) best = { field, rank };
    if (rank === 4) break;
  }
  if (best) return best;
  if (words.length > 1) {
    const all = [prepared.name, prepared.operator, ...prepared.groupNames, prepared.countryName];
    if (words.every((word) => all.some((text) => text.includes(word)))) {
      const field =
        OTHER_FIELDS.find((candidate) =>
          textsOf(prepared, candidate).some((text) => words.some((word) => text.includes(word))),
        ) ?? 'name';
      return { field, rank: 6 };
    }
  }
  return null;
}

/**
 * Ranked hits for a query, best first, at most `limit`. Ties are broken by name (alphabetical),
 * then id, so results are stable. An empty query finds nothing.
 */
export function searchSiteHits(
  entries: readonly PreparedSearchEntry[],
  query: string,
  limit: number,
): SearchHit[] {
  const normalised = normaliseText(query);
  if (normalised === '' || limit <= 0) return [];
  const words = normalised.split(' ');
  const hits: { hit: SearchHit; name: string }[] = [];
  for (const prepared of entries) {
    const ranked = rankEntry(prepared, normalised, words);
    if (ranked) hits.push({ hit: { id: prepared.entry.id, ...ranked }, name: prepared.name });
  }
  hits.sort(
    (a, b) =>
      a.hit.rank - b.hit.rank ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
      (a.hit.id < b.hit.id ? -1 : a.hit.id > b.hit.id ? 1 : 0),
  );
  return hits.slice(0, limit).map(({ hit }) => hit);
}

/** Ids of the best-matching sites for a query, best first, at most `limit`. */
export function searchSites(
  entries: readonly PreparedSearchEntry[],
  query: string,
  limit: number,
): string[] {
  return searchSiteHits(entries, query, limit).map((hit) => hit.id);
}
