/**
 * The MCS 2026 data release as cited: its edition, DOI, the copy read, its SHA-256, and the
 * corrections its version history (ver. 1.1, 5 Mar 2026; ver. 1.3, 27 May 2026) makes to world
 * table cells. Ver. 1.2 changed chapter text only (molybdenum price sentence).
 */
import type { McsEdition, McsRevision } from './mcs';

/** SHA-256 of `MCS2026_Commodities_Data.csv` ver. 1.0 (6 Feb 2026). */
export const MCS2026_SHA256 = '582a0aa231aea53d8a97dc8d1cd3dfa5f885cf3760353e3d029d7f0ae4fbaaf5';

export const MCS2026_EDITION: McsEdition = {
  edition: 'MCS 2026',
  citation: 'U.S. Geological Survey, Mineral Commodity Summaries 2026',
  release: 'data release MCS2026_Commodities_Data.csv ver. 1.0, 6 Feb 2026, doi:10.5066/P1WKQ63T',
  url: 'https://doi.org/10.5066/P1WKQ63T',
  readVia:
    'https://github.com/therealjameswilson/critical-minerals-records-stage-v3/blob/a67e3d4286b3a06f62cf1d466cfb9bb6840a798d/data/raw/usgs_mcs2026_commodities_data.csv',
  asOf: '2026-02-06',
};

const RARE_EARTHS = 'RARE EARTHS';

export const MCS2026_REVISIONS: readonly McsRevision[] = [
  {
    chapter: RARE_EARTHS,
    country: 'China',
    detail: 'Mine production',
    year: '2024',
    column: 'Notes',
    from: 'Estimated. -- Production quota; does not include undocumented production.',
    to: 'Estimated.',
    version: 'ver. 1.1',
    date: '2026-03-05',
  },
  {
    chapter: RARE_EARTHS,
    country: 'Brazil',
    detail: 'Reserves',
    year: '2025',
    column: 'Value',
    from: '21,000,000',
    to: '11,000,000',
    version: 'ver. 1.3',
    date: '2026-05-27',
  },
  {
    chapter: RARE_EARTHS,
    country: 'World total',
    detail: 'Reserves: rounded',
    year: '2025',
    column: 'Value',
    from: '>85,000,000',
    to: '>75,000,000',
    version: 'ver. 1.3',
    date: '2026-05-27',
  },
];
