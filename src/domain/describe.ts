import type { Evaluation } from './evaluate';
import type { Filters } from './filters';
import type { SiteIndex } from './site-index';

/** Readable names for ids, used to turn filters into a sentence. */
export interface Names {
  mineral: (id: string) => string;
  bloc: (id: string) => string;
  country: (iso3: string) => string;
  stage: (id: string) => string;
  status: (id: string) => string;
}

/** Joins words as English prose: "a", "a and b", "a, b and c". */
export function joinWords(words: readonly string[], conjunction = 'and'): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1] ?? ''}`;
}

/** The countries with the most shown sites, most first (ties by country order). */
export function topCountries(
  index: SiteIndex,
  evaluation: Evaluation,
  limit: number,
): { iso3: string; count: number }[] {
  const counts = new Uint32Array(index.countries.length);
  for (let row = 0; row < index.count; row += 1) {
    if (evaluation.passes[row] === 1) {
      const code = index.countryCode[row] ?? 0;
      counts[code] = (counts[code] ?? 0) + 1;
    }
  }
  return index.countries
    .map((iso3, position) => ({ iso3, count: counts[position] ?? 0 }))
    .filter(({ count }) => count > 0)
    .sort((a, b) => b.count - a.count)
    .slice(0, limit);
}

/**
 * One sentence that says what the map shows, for screen readers and captions, e.g.
 * "Showing 82 of 4,275 sites: lithium, located in Quad countries. Most are in Australia (40),
 * Chile (12) and China (9)."
 */
export function describeView(
  index: SiteIndex,
  filters: Filters,
  evaluation: Evaluation,
  names: Names,
): string {
  const parts: string[] = [];
  if (filters.minerals.length > 0) parts.push(joinWords(filters.minerals.map(names.mineral), 'or'));
  if (filters.stages.length > 0)
    parts.push(joinWords(filters.stages.map(names.stage), 'or').toLowerCase());
  if (filters.statuses.length > 0)
    parts.push(joinWords(filters.statuses.map(names.status), 'or').toLowerCase());
  if (filters.blocs.length > 0) {
    const blocs = joinWords(
      filters.blocs.map(names.bloc),
      filters.blocMatch === 'all' ? 'and' : 'or',
    );
    parts.push(
      filters.blocMode === 'located'
        ? `located in ${blocs} countries`
        : `owned by firms from ${blocs} countries`,
    );
  }
  if (filters.countries.length > 0)
    parts.push(`in ${joinWords(filters.countries.map(names.country), 'or')}`);
  const total = index.count.toLocaleString('en');
  const shown = evaluation.shown.toLocaleString('en');
  const head =
    parts.length > 0
      ? `Showing ${shown} of ${total} sites: ${parts.join('; ')}.`
      : `Showing all ${total} sites.`;
  const top = topCountries(index, evaluation, 3);
  if (top.length === 0) return `${head} No site matches these filters.`;
  const tail = joinWords(
    top.map(({ iso3, count }) => `${names.country(iso3)} (${count.toLocaleString('en')})`),
  );
  return `${head} Most are in ${tail}.`;
}
