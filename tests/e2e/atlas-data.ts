import { readFileSync } from 'node:fs';
import type {
  AtlasFeatureCollection,
  Bloc,
  CountriesFile,
  FacilityProperties,
  MineralEntry,
} from '../../src/domain/types';
import {
  toIndexableBloc,
  toIndexableSite,
  type IndexableBloc,
  type IndexableSite,
} from '../../src/domain/site-index';
import { decodeFigures } from '../../src/domain/figures-file';

function read<T>(file: string): T {
  return JSON.parse(
    readFileSync(new URL(`../../public/data/${file}`, import.meta.url), 'utf8'),
  ) as T;
}

/** The built data the app serves, read straight from disk for expectations. */
export const facilities =
  read<AtlasFeatureCollection<FacilityProperties>>('facilities.geojson').features;
export const blocs = read<Bloc[]>('blocs.json');
export const minerals = read<MineralEntry[]>('minerals.json');
/** The country figures, decoded as the app decodes them. */
export const figures = decodeFigures(read<CountriesFile>('countries.json').figures);

/** Sites as the reference filter takes them. */
export const indexableSites: (IndexableSite & { id: string })[] = facilities.map((facility) => ({
  id: facility.id,
  ...toIndexableSite(facility.properties),
}));

/** Blocs as the reference filter takes them. */
export const indexableBlocs: IndexableBloc[] = blocs.map(toIndexableBloc);
