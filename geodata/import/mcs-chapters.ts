/**
 * Which world-table series of the USGS Mineral Commodity Summaries data release the atlas takes,
 * chapter by chapter: the release's `Statistics_detail` (without its ", rounded" / ": rounded"
 * suffix on world totals), the atlas measure, the sub-commodity (`part`) where the chapter splits
 * a measure, and the unit written out with its basis (content, gross weight) from the chapter's
 * "Data in …" header and table title. The release's `Unit` column gives only the scale ("metric
 * tons"), so the basis lives here; units are written as the MCS 2025 rows write them, so that
 * editions can be compared.
 *
 * Left out on purpose: boron (no world total: "not reported in a consistent manner"), cesium,
 * rubidium, scandium, yttrium, germanium and heavy rare earths (no world table), chromium reserves
 * (ore reserves dated 2024 beside Cr2O3 reserves dated 2025 in the release), vanadium reserves
 * (the release labels them "metric tons" where MCS 2025 gave thousand metric tons: the basis
 * cannot be told from the release alone), alumina (a second refinery product of aluminium).
 */
import type { FigureMeasure } from '../../src/domain/types';

/** One series of a chapter's world table. */
export interface McsSeries {
  /** `Statistics_detail` of the country rows, compared case-insensitively. */
  detail: string;
  measure: FigureMeasure;
  unit: string;
  /** Sub-commodity where the chapter splits the measure (e.g. palladium), else ''. */
  part?: string;
}

/** The series the atlas takes from one chapter. */
export interface McsChapter {
  /** `MCS chapter` as the release writes it. */
  chapter: string;
  /** Atlas mineral id. */
  mineral: string;
  /** Chapter title as printed, for citations. */
  title: string;
  series: readonly McsSeries[];
}

const mine = (unit: string, part = ''): McsSeries => ({
  detail: part === '' ? 'Mine production' : `Mine production: ${part}`,
  measure: 'mine-production',
  unit,
  part,
});
const reserves = (unit: string, detail = 'Reserves', part = ''): McsSeries => ({
  detail,
  measure: 'reserves',
  unit,
  part,
});
const refinery = (detail: string, unit: string, part = ''): McsSeries => ({
  detail,
  measure: 'refinery-production',
  unit,
  part,
});
/** A chapter whose world table is mine production and reserves in one unit. */
const mineAndReserves = (chapter: string, mineral: string, title: string, unit: string) => ({
  chapter,
  mineral,
  title,
  series: [mine(unit), reserves(unit)],
});

export const MCS_CHAPTERS: readonly McsChapter[] = [
  {
    chapter: 'ALUMINUM',
    mineral: 'aluminium',
    title: 'Aluminum',
    series: [refinery('Smelter production', 'thousand t primary aluminum')],
  },
  {
    chapter: 'BAUXITE AND ALUMINA',
    mineral: 'aluminium',
    title: 'Bauxite and Alumina',
    series: [
      {
        detail: 'Bauxite, mine production',
        measure: 'mine-production',
        unit: 'thousand dry t bauxite',
      },
      reserves('thousand dry t bauxite', 'Bauxite reserves'),
    ],
  },
  mineAndReserves('ANTIMONY', 'antimony', 'Antimony', 't Sb content'),
  {
    chapter: 'ARSENIC',
    mineral: 'arsenic',
    title: 'Arsenic',
    series: [refinery('Production (arsenic trioxide, gross weight)', 't arsenic trioxide')],
  },
  mineAndReserves('BARITE', 'barite', 'Barite', 'thousand t'),
  {
    chapter: 'BERYLLIUM',
    mineral: 'beryllium',
    title: 'Beryllium',
    series: [mine('t Be content')],
  },
  {
    chapter: 'BISMUTH',
    mineral: 'bismuth',
    title: 'Bismuth',
    series: [refinery('Refinery production', 't')],
  },
  {
    chapter: 'CADMIUM',
    mineral: 'cadmium',
    title: 'Cadmium',
    series: [refinery('Refinery production', 't')],
  },
  {
    chapter: 'CHROMIUM',
    mineral: 'chromium',
    title: 'Chromium',
    series: [mine('thousand t gross weight')],
  },
  mineAndReserves('COBALT', 'cobalt', 'Cobalt', 't Co content'),
  {
    chapter: 'COPPER',
    mineral: 'copper',
    title: 'Copper',
    series: [
      mine('thousand t Cu content'),
      refinery('Refinery production', 'thousand t Cu content'),
      reserves('thousand t Cu content'),
    ],
  },
  mineAndReserves('FLUORSPAR', 'fluorspar', 'Fluorspar', 'thousand t'),
  {
    chapter: 'GALLIUM',
    mineral: 'gallium',
    title: 'Gallium',
    series: [refinery('Primary production', 'kg Ga content')],
  },
  mineAndReserves('GOLD', 'gold', 'Gold', 't Au content'),
  mineAndReserves('GRAPHITE (NATURAL)', 'graphite', 'Graphite (Natural)', 't'),
  {
    chapter: 'INDIUM',
    mineral: 'indium',
    title: 'Indium',
    series: [refinery('Refinery production', 't')],
  },
  {
    chapter: 'IRON ORE',
    mineral: 'iron-ore',
    title: 'Iron Ore',
    series: [
      { ...mine('thousand t usable ore'), detail: 'Mine production: Usable ore' },
      reserves('million t Fe content', 'Reserves (million metric tons): Iron content'),
    ],
  },
  mineAndReserves('LEAD', 'lead', 'Lead', 'thousand t Pb content'),
  mineAndReserves('LITHIUM', 'lithium', 'Lithium', 't Li content'),
  {
    chapter: 'MAGNESIUM METAL',
    mineral: 'magnesium',
    title: 'Magnesium Metal',
    series: [refinery('Smelter production', 'thousand t')],
  },
  {
    chapter: 'MANGANESE',
    mineral: 'manganese',
    title: 'Manganese',
    series: [mine('thousand t Mn content'), reserves('thousand t')],
  },
  {
    chapter: 'MOLYBDENUM',
    mineral: 'molybdenum',
    title: 'Molybdenum',
    series: [
      mine('t Mo content'),
      reserves('thousand t Mo content', 'Reserves (thousand metric tons)'),
    ],
  },
  mineAndReserves('NICKEL', 'nickel', 'Nickel', 't Ni content'),
  mineAndReserves('NIOBIUM (COLUMBIUM)', 'niobium', 'Niobium (Columbium)', 't Nb content'),
  mineAndReserves(
    'PHOSPHATE ROCK',
    'phosphate',
    'Phosphate Rock',
    'thousand t marketable phosphate rock',
  ),
  {
    chapter: 'PLATINUM-GROUP METALS',
    mineral: 'platinum-group-metals',
    title: 'Platinum-Group Metals',
    series: [
      mine('kg PGM content', 'palladium'),
      mine('kg PGM content', 'platinum'),
      reserves('kg PGM content', 'PGM reserves'),
    ],
  },
  {
    chapter: 'POTASH',
    mineral: 'potash',
    title: 'Potash',
    series: [
      mine('thousand t K2O equivalent'),
      reserves('thousand t K2O equivalent', 'Reserves: K2O equivalent'),
    ],
  },
  mineAndReserves('RARE EARTHS', 'rare-earths', 'Rare Earths', 't REO equivalent'),
  mineAndReserves('RHENIUM', 'rhenium', 'Rhenium', 'kg Re content'),
  {
    chapter: 'SELENIUM',
    mineral: 'selenium',
    title: 'Selenium',
    series: [refinery('Refinery production', 't Se content')],
  },
  {
    chapter: 'SILICON',
    mineral: 'silicon',
    title: 'Silicon',
    series: [
      refinery('Ferrosilicon', 'thousand t Si content', 'ferrosilicon'),
      refinery('Silicon metal', 'thousand t Si content', 'silicon metal'),
    ],
  },
  mineAndReserves('SILVER', 'silver', 'Silver', 't Ag content'),
  mineAndReserves('STRONTIUM', 'strontium', 'Strontium', 't celestite'),
  mineAndReserves('TANTALUM', 'tantalum', 'Tantalum', 't Ta content'),
  {
    chapter: 'TELLURIUM',
    mineral: 'tellurium',
    title: 'Tellurium',
    series: [refinery('Refinery production', 't Te content')],
  },
  mineAndReserves('TIN', 'tin', 'Tin', 't Sn content'),
  {
    chapter: 'TITANIUM AND TITANIUM DIOXIDE',
    mineral: 'titanium',
    title: 'Titanium and Titanium Dioxide',
    series: [refinery('Titanium sponge metal production', 't')],
  },
  {
    chapter: 'TITANIUM MINERAL CONCENTRATES',
    mineral: 'titanium',
    title: 'Titanium Mineral Concentrates',
    series: [
      mine('thousand t TiO2 content', 'ilmenite'),
      mine('thousand t TiO2 content', 'rutile'),
      reserves('thousand t TiO2 content', 'Reserves: Ilmenite', 'ilmenite'),
      reserves('thousand t TiO2 content', 'Reserves: Rutile', 'rutile'),
    ],
  },
  mineAndReserves('TUNGSTEN', 'tungsten', 'Tungsten', 't W content'),
  { chapter: 'VANADIUM', mineral: 'vanadium', title: 'Vanadium', series: [mine('t V content')] },
  mineAndReserves('ZINC', 'zinc', 'Zinc', 'thousand t Zn content'),
  {
    chapter: 'ZIRCONIUM AND HAFNIUM',
    mineral: 'zirconium',
    title: 'Zirconium and Hafnium',
    series: [
      {
        detail:
          'Zirconium mineral concentrates, mine production (thousand metric tons, gross weight)',
        measure: 'mine-production',
        unit: 'thousand t gross weight',
      },
      reserves('thousand t ZrO2 content', 'Zirconium reserves(thousand metric tons, ZrO2 content)'),
    ],
  },
];
