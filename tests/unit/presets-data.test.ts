import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../src/domain/presets';
import { parseUrl } from '../../src/url/codec';

const read = (file: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../public/data/${file}`, import.meta.url), 'utf8'));
const blocs = new Set((read('blocs.json') as { id: string }[]).map((bloc) => bloc.id));
const corridors = new Set(
  (read('corridors.geojson') as { features: { id: string }[] }).features.map(
    (feature) => feature.id,
  ),
);
const minerals = new Set((read('minerals.json') as { id: string }[]).map((mineral) => mineral.id));

describe('presets name only things the data has', () => {
  it.each(PRESETS.map((preset) => [preset.id, preset] as const))('%s', (_id, preset) => {
    const state = parseUrl(`?${preset.query}`, '');
    for (const bloc of state.filters.blocs) expect(blocs.has(bloc), bloc).toBe(true);
    for (const mineral of state.filters.minerals) expect(minerals.has(mineral), mineral).toBe(true);
    if (state.corridor) expect(corridors.has(state.corridor), state.corridor).toBe(true);
  });
});
