/**
 * Writes `sites.json`, the start-up file of the app: the facilities of `facilities.geojson`
 * without their detail fields, as columns (`src/domain/sites-file.ts`). One column per line,
 * compact JSON, trailing newline: deterministic for a given `facilities.geojson`.
 */
import { encodeSites, SITES_COLUMNS, type CoreFacility } from '../../src/domain/sites-file';

/** The text of `sites.json` for validated facility features, in their published order. */
export function sitesFileText(features: readonly unknown[]): string {
  const file = encodeSites(features as readonly CoreFacility[]);
  const columns = SITES_COLUMNS.map(
    (name) => `${JSON.stringify(name)}:${JSON.stringify(file.columns[name])}`,
  );
  return `{"format":${JSON.stringify(file.format)},"count":${file.count},"columns":{\n${columns.join(',\n')}\n}}\n`;
}
