/**
 * The compact form of the country figures in `countries.json`: one column list, the distinct
 * sources once, and one row of values per figure (the same facts as `CountryFigure[]`, a third of
 * the bytes, since a source is shared by every row of a world table). Pure.
 */
import { isRecord } from './values';
import type { CountryFigure, FigureMeasure, Source } from './types';

export const FIGURES_FORMAT = 'atlas-figures/1';

/** Columns of a figure row; `source` is an index into `sources`. */
export const FIGURE_ROW_COLUMNS = [
  'country',
  'mineral',
  'part',
  'measure',
  'year',
  'value',
  'unit',
  'estimated',
  'edition',
  'note',
  'source',
  'asOf',
  'revises',
] as const;

type FigureRow = readonly unknown[];

/** `countries.json` `figures`. */
export interface FiguresFile {
  format: typeof FIGURES_FORMAT;
  columns: readonly string[];
  sources: Source[][];
  rows: FigureRow[];
}

/** Encodes figures, sharing equal source lists. */
export function encodeFigures(figures: readonly CountryFigure[]): FiguresFile {
  const sources: Source[][] = [];
  const index = new Map<string, number>();
  const rows = figures.map((f) => {
    const key = JSON.stringify(f.sources);
    let at = index.get(key);
    if (at === undefined) {
      at = sources.length;
      index.set(key, at);
      sources.push(f.sources);
    }
    const row: Record<(typeof FIGURE_ROW_COLUMNS)[number], unknown> = {
      ...f,
      source: at,
      revises: f.revises ?? null,
    };
    return FIGURE_ROW_COLUMNS.map((c) => row[c]);
  });
  return { format: FIGURES_FORMAT, columns: [...FIGURE_ROW_COLUMNS], sources, rows };
}

/** True when `value` looks like a {@link FiguresFile} of this format. */
export function isFiguresFile(value: unknown): value is FiguresFile {
  return (
    isRecord(value) &&
    value.format === FIGURES_FORMAT &&
    Array.isArray(value.sources) &&
    Array.isArray(value.rows) &&
    Array.isArray(value.columns) &&
    value.columns.join() === FIGURE_ROW_COLUMNS.join()
  );
}

/** Decodes the rows back into figures; rows of the wrong length are dropped. */
export function decodeFigures(file: FiguresFile): CountryFigure[] {
  const out: CountryFigure[] = [];
  for (const row of file.rows) {
    if (!Array.isArray(row) || row.length !== FIGURE_ROW_COLUMNS.length) continue;
    const [
      country,
      mineral,
      part,
      measure,
      year,
      value,
      unit,
      estimated,
      edition,
      note,
      source,
      asOf,
      revises,
    ] = row as unknown[];
    const figure: CountryFigure = {
      country: String(country),
      mineral: String(mineral),
      part: typeof part === 'string' ? part : null,
      measure: measure as FigureMeasure,
      year: Number(year),
      value: typeof value === 'number' ? value : null,
      unit: String(unit),
      estimated: estimated === true,
      edition: String(edition),
      note: typeof note === 'string' ? note : null,
      sources: file.sources[Number(source)] ?? [],
      asOf: String(asOf),
    };
    if (isRecord(revises))
      figure.revises = revises as unknown as NonNullable<CountryFigure['revises']>;
    out.push(figure);
  }
  return out;
}
