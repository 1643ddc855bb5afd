import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CombinationTable } from './combinations';

describe('CombinationTable', () => {
  it('gives equal keys one id and distinct keys distinct ids, in order of first appearance', () => {
    const word = fc.oneof(fc.constantFrom(0, 1, 0x80000000, 0xffffffff), fc.nat());
    const keys = fc.array(fc.array(word, { minLength: 3, maxLength: 3 }), { maxLength: 300 });
    fc.assert(
      fc.property(keys, (list) => {
        const table = new CombinationTable(3);
        const seen = new Map<string, number>();
        for (const key of list) {
          const id = table.intern(Uint32Array.from(key));
          const text = key.join(',');
          expect(id).toBe(seen.get(text) ?? seen.size);
          seen.set(text, id);
          expect([0, 1, 2].map((position) => table.word(id, position))).toEqual(key);
        }
        expect(table.size).toBe(seen.size);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps ids while it grows, for keys that differ only in their last word', () => {
    const table = new CombinationTable(2);
    const count = 20_000;
    const values = Array.from({ length: count }, (_, value) => value);
    const first = values.map((value) => table.intern(Uint32Array.of(7, value)));
    const again = [...values].reverse().map((value) => table.intern(Uint32Array.of(7, value)));
    expect(first).toEqual(values);
    expect(again).toEqual([...values].reverse());
    expect(table.size).toBe(count);
    expect(table.word(12_345, 1)).toBe(12_345);
  });

  it('reads only the first `width` words of a longer key', () => {
    const table = new CombinationTable(1);
    expect(table.intern(Uint32Array.of(5, 1))).toBe(0);
    expect(table.intern(Uint32Array.of(5, 2))).toBe(0);
    expect(table.size).toBe(1);
  });
});
