import type { AtlasStore } from '../store/store';
import type { AtlasData, Facility } from '../store/data-slice';
import type { Corridor, Deposit } from '../store/layer-slice';
import type { Bloc, CountriesFile, MetaFile, MineralEntry } from '../domain/types';
import type { MarketsFile } from '../domain/markets';
import { decodeSites, type SitesFile } from '../domain/sites-file';
import { decodeFigures, isFiguresFile } from '../domain/figures-file';
import { isArrayOf, isRecord, isSitesFile } from './guards';

/** How long the app waits for a data file before it reports a failure. */
export const DATA_TIMEOUT_MS = 20_000;

/** Fetches a JSON file that ships with the app, failing after {@link DATA_TIMEOUT_MS}. */
export async function fetchJson(path: string): Promise<unknown> {
  const response = await fetch(path, { signal: AbortSignal.timeout(DATA_TIMEOUT_MS) });
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return (await response.json()) as unknown;
}

function countryFields(value: unknown): Pick<AtlasData, 'countries' | 'figures'> {
  if (!isRecord(value) || !Array.isArray(value.countries) || !isFiguresFile(value.figures)) {
    throw new Error('countries.json is not in the expected shape');
  }
  const file = value as unknown as CountriesFile;
  return { countries: file.countries, figures: decodeFigures(file.figures) };
}

/** Returns `value` as a `T` if it passes `check`, else throws naming the file. */
export function expect<T>(value: unknown, check: (value: unknown) => boolean, name: string): T {
  if (!check(value)) throw new Error(`${name} is not in the expected shape`);
  return value as T;
}

/** The facilities of `sites.json`, without details yet: no sources, no other names, no note. */
function facilitiesOf(value: unknown): Facility[] {
  return decodeSites(expect<SitesFile>(value, isSitesFile, 'sites.json')).map((site) => ({
    ...site,
    properties: { ...site.properties, sources: [], groupNames: [] },
  }));
}

/** Loads in flight, per store: a second call (a double-clicked Retry) joins the first. */
const inFlight = new WeakMap<AtlasStore, Promise<void>>();

/**
 * Loads the built data files into the store, reporting any failure to the store (the summary
 * shows it and the Retry button calls this again). Calls made while a load runs share it.
 */
export function loadAtlasData(store: AtlasStore): Promise<void> {
  const running = inFlight.get(store);
  if (running) return running;
  const load = loadOnce(store).finally(() => inFlight.delete(store));
  inFlight.set(store, load);
  return load;
}

async function loadOnce(store: AtlasStore): Promise<void> {
  store.getState().setDataLoading();
  try {
    const [sites, blocs, countries, minerals, meta, corridors] = await Promise.all([
      fetchJson('data/sites.json'),
      fetchJson('data/blocs.json'),
      fetchJson('data/countries.json'),
      fetchJson('data/minerals.json'),
      fetchJson('data/meta.json'),
      fetchJson('data/corridors.geojson'),
    ]);
    const data: AtlasData = {
      facilities: facilitiesOf(sites),
      blocs: expect<Bloc[]>(blocs, isArrayOf('members'), 'blocs.json'),
      ...countryFields(countries),
      minerals: expect<MineralEntry[]>(minerals, isArrayOf('group'), 'minerals.json'),
      meta: expect<MetaFile>(
        meta,
        (value) => isRecord(value) && typeof value.asOf === 'string',
        'meta.json',
      ),
    };
    store.getState().setData(data);
    if (isRecord(corridors) && Array.isArray(corridors.features)) {
      store.getState().setCorridors(corridors.features as Corridor[]);
      store.getState().setSourceProblem('corridors', null);
    } else {
      store
        .getState()
        .setSourceProblem(
          'corridors',
          'The corridors could not be read (corridors.geojson is not in the expected shape). Sites still work.',
        );
    }
  } catch (error) {
    store.getState().setDataError(`The site data could not be loaded (${String(error)}).`);
  }
}

/** Loads the deposits layer's data once, when it is first shown. */
export async function loadDeposits(store: AtlasStore): Promise<void> {
  if (store.getState().deposits) return;
  try {
    const collection = await fetchJson('data/deposits.geojson');
    if (!isRecord(collection) || !Array.isArray(collection.features))
      throw new Error('deposits.geojson is not in the expected shape');
    store.getState().setDeposits(collection.features as Deposit[]);
    store.getState().setSourceProblem('deposits', null);
  } catch (error) {
    store
      .getState()
      .setSourceProblem(
        'deposits',
        `The deposits could not be loaded (${String(error)}). Sites still work.`,
      );
  }
}

/** Loads the US market figures once, when a mineral's panel first needs them; null on failure. */
export async function loadMarkets(store: AtlasStore): Promise<string | null> {
  if (store.getState().markets) return null;
  try {
    const file = await fetchJson('data/markets.json');
    if (!isRecord(file) || file.format !== 'atlas-markets/1' || !Array.isArray(file.series))
      throw new Error('markets.json is not in the expected shape');
    store.getState().setMarkets(file as unknown as MarketsFile);
    store.getState().setSourceProblem('markets', null);
    return null;
  } catch (error) {
    const message = `Prices and import figures could not be loaded (${String(error)}).`;
    store.getState().setSourceProblem('markets', message);
    return message;
  }
}
