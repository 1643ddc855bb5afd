/**
 * Minimal RFC 4180 CSV reader/writer: quoted fields, doubled quotes, embedded commas and line
 * breaks, CRLF or LF line endings. Pure functions.
 */

/** Parses CSV text into rows of cells. A trailing newline does not create an empty row. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let inQuotes = false;
  let i = 0;
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  while (i < src.length) {
    const ch = src[i];
    if (inQuotes) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        i += 1;
        continue;
      }
      cell += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && cell === '') {
      inQuotes = true;
    } else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      if (ch === '\r' && src[i + 1] === '\n') i += 1;
    } else {
      cell += ch;
    }
    i += 1;
  }
  if (inQuotes) throw new Error('CSV: unterminated quoted field');
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** A CSV row keyed by header, with its 1-based line number in the file (of its first line). */
export interface CsvRecord {
  /** Cells by column name. */
  values: Record<string, string>;
  /** 1-based data row number (header = row 0). */
  row: number;
}

/**
 * Parses CSV text with a header row into keyed records. Header names are trimmed.
 * Throws when a row has a different number of cells than the header.
 */
export function parseCsvRecords(
  text: string,
  file = 'csv',
): { header: string[]; records: CsvRecord[] } {
  const rows = parseCsv(text);
  const header = (rows[0] ?? []).map((h) => h.trim());
  const records: CsvRecord[] = [];
  rows.slice(1).forEach((cells, idx) => {
    if (cells.length === 1 && cells[0] === '') return;
    if (cells.length !== header.length) {
      throw new Error(
        `${file}: data row ${idx + 1} has ${cells.length} cells, header has ${header.length}`,
      );
    }
    const values: Record<string, string> = {};
    header.forEach((h, j) => {
      values[h] = cells[j] ?? '';
    });
    records.push({ values, row: idx + 1 });
  });
  return { header, records };
}

/** Quotes a CSV cell when needed. */
export function csvCell(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** Serialises rows (first row = header) as CSV with LF line endings and a trailing newline. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
}
