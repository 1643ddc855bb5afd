import { describe, expect, it } from 'vitest';
import { PRESETS, presetPath } from './presets';
import { normaliseUrlState, parseUrl } from '../url/codec';

describe('presets', () => {
  it.each(PRESETS.map((preset) => [preset.id, preset] as const))(
    '%s is a normalised, loss-free link',
    (_id, preset) => {
      const state = parseUrl(`?${preset.query}`, preset.hash ? `#${preset.hash}` : '');
      expect(normaliseUrlState(state)).toEqual(state);
      expect(presetPath(preset)).toMatch(/^\?v=1&/);
      expect(preset.caption.length).toBeLessThan(160);
    },
  );
});
