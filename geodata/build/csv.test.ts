import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvRecords, toCsv } from './csv';

describe('csv', () => {
  it('parses quoted fields with commas, quotes and line breaks', () => {
    const text = 'a,b,c\n1,"x, y","say ""hi"""\r\n2,"multi\nline",\n';
    expect(parseCsv(text)).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x, y', 'say "hi"'],
      ['2', 'multi\nline', ''],
    ]);
  });
  it('keys records by trimmed header and rejects ragged rows', () => {
    const { records } = parseCsvRecords('id,Mine Name \n1,Foo\n');
    expect(records[0]?.values['Mine Name']).toBe('Foo');
    expect(() => parseCsvRecords('a,b\n1\n')).toThrow(/data row 1/);
  });
  it('round-trips through toCsv', () => {
    const rows = [
      ['a', 'b'],
      ['x,y', 'q"q'],
    ];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });
  it('rejects an unterminated quote', () => {
    expect(() => parseCsv('a\n"open')).toThrow(/unterminated/);
  });
});
