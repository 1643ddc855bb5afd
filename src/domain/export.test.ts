import { describe, expect, it } from 'vitest';
import { csvCell, facilitiesToCsv, facilitiesToGeoJson } from './export';
import type { AtlasFeature, FacilityProperties } from './types';
import { facilityFixture } from './test-fixtures';

const site: AtlasFeature<FacilityProperties> = facilityFixture(
  'a-site',
  {
    name: '=HYPERLINK("x"), "quoted"',
    sources: [{ citation: 'ICMM', url: null, rowId: 'ICMM1' }],
  },
  [10, 20],
);
const context = { description: 'lithium', link: 'https://x/?v=1', meta: null };

describe('exports', () => {
  it('escapes CSV cells and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('=1+1')).toBe("'=1+1");
  });

  it('writes one CSV row per site after the metadata lines', () => {
    const lines = facilitiesToCsv([site, site], context).trim().split('\n');
    expect(lines.filter((line) => line.startsWith('#'))).toHaveLength(4);
    expect(lines[4]).toMatch(/^id,name,country/);
    expect(lines.slice(5)).toHaveLength(2);
    expect(lines[5]).toContain(`"'=HYPERLINK(""x""), ""quoted"""`);
  });

  it('writes GeoJSON with the filters in its metadata', () => {
    const parsed = JSON.parse(facilitiesToGeoJson([site], context)) as {
      features: unknown[];
      metadata: { filters: string };
    };
    expect(parsed.features).toHaveLength(1);
    expect(parsed.metadata.filters).toBe('lithium');
  });
});
