/**
 * Country helpers shared by the app and the data build. Pure data and functions; the full
 * ISO 3166 lookup (i18n-iso-countries) is used only by the node build (`geodata/build/countries.ts`).
 */

/** Pseudo-ISO3 used for world totals in country figures. */
export const WORLD_ISO3 = 'WLD';

/** Code used for the European Union when it is a bloc member in its own right. */
export const EU_ISO3 = 'EUU';

/** Kosovo has no ISO 3166-1 code; this is the user-assigned code used by i18n-iso-countries. */
export const KOSOVO_ISO3 = 'XKK';

/** True when `code` looks like an ISO 3166-1 alpha-3 code (three uppercase letters). */
export function isIso3Format(code: string): boolean {
  return /^[A-Z]{3}$/.test(code);
}

/**
 * Country names used by the upstream datasets that i18n-iso-countries does not resolve, or
 * resolves ambiguously, mapped to ISO3. "Tibet" (PP1802 LOCATION) is part of China in ISO 3166.
 * USGS writes "Burma", "Congo (Kinshasa)" and "Korea, Republic of".
 * "England" / "Great Britain" are the United Kingdom. Ocean names are not countries and are
 * handled separately (see {@link OCEAN_NAMES}).
 */
export const COUNTRY_NAME_ALIASES: Readonly<Record<string, string>> = {
  'Burkina Fasso': 'BFA',
  Burma: 'MMR',
  'Congo (Brazzaville)': 'COG',
  'Congo (Kinshasa)': 'COD',
  'Korea, North': 'PRK',
  'Korea, Republic of': 'KOR',
  'Côte d’Ivoire': 'CIV',
  "Côte d'Ivoire": 'CIV',
  'Czech Republic': 'CZE',
  Czechia: 'CZE',
  'Democratic Republic of the Congo': 'COD',
  England: 'GBR',
  'French Guyana': 'GUF',
  'French Guiana': 'GUF',
  'Great Britain': 'GBR',
  Kosovo: KOSOVO_ISO3,
  Laos: 'LAO',
  Macedonia: 'MKD',
  'North Macedonia': 'MKD',
  'Republic of the Congo': 'COG',
  Russia: 'RUS',
  'South Korea': 'KOR',
  Syria: 'SYR',
  'North Korea': 'PRK',
  Taiwan: 'TWN',
  Tibet: 'CHN',
  'United States': 'USA',
  'United States of America': 'USA',
};

/** PP1802 LOCATION values that are oceans (sea-floor deposits, no country). */
export const OCEAN_NAMES: ReadonlySet<string> = new Set([
  'Atlantic Ocean',
  'Indian Ocean',
  'Pacific Ocean',
]);
