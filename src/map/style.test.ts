import { describe, expect, it } from 'vitest';
import { buildStyle, CORRIDOR_LAYER_IDS, SHADING_LAYER_IDS } from './style';
import { darkTheme, lightTheme, type Theme } from './theme';

/** Rule tests on the style, as protomaps' basemaps do: rules over a pure function, not pixels. */
describe('the basemap style', () => {
  const themes: Theme[] = [lightTheme, darkTheme];

  it.each(themes)(
    '($name) every layer draws from a source that exists, and ids are unique',
    (theme) => {
      const style = buildStyle(theme);
      const sources = new Set(Object.keys(style.sources));
      for (const layer of style.layers) {
        if ('source' in layer && typeof layer.source === 'string') {
          expect(sources.has(layer.source), `${layer.id} -> ${layer.source}`).toBe(true);
        }
      }
      const ids = style.layers.map((layer) => layer.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of [...CORRIDOR_LAYER_IDS, ...SHADING_LAYER_IDS]) expect(ids).toContain(id);
    },
  );

  it.each(themes)('($name) needs no network: no glyphs, sprite or http URL', (theme) => {
    const style = buildStyle(theme);
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(style)).not.toMatch(/https?:\/\//);
  });

  it('both themes define the same slots, with different colours, and the style uses each basemap slot', () => {
    expect(Object.keys(darkTheme).sort()).toEqual(Object.keys(lightTheme).sort());
    const slots = Object.keys(lightTheme).filter((key) => key !== 'name') as (keyof Theme)[];
    for (const slot of slots) expect(darkTheme[slot], slot).not.toBe(lightTheme[slot]);
    // Site outline and selection colour the deck.gl overlay, not the basemap style.
    const basemapSlots = slots.filter((slot) => slot !== 'siteOutline' && slot !== 'selection');
    for (const theme of themes) {
      const text = JSON.stringify(buildStyle(theme));
      for (const slot of basemapSlots) expect(text, `${theme.name}.${slot}`).toContain(theme[slot]);
    }
  });
});
