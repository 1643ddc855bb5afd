/**
 * The data build as a pure-ish function: curated file texts in, published file texts and
 * validation issues out. `index.ts` does the I/O.
 */
import { createHash } from 'node:crypto';
import {
  findDuplicateIds,
  isRecord,
  isValidLonLat,
  validateBloc,
  validateBlocMemberRow,
  validateCorrectionRow,
  validateCorridor,
  validateCriticalListRow,
  validateDeposit,
  validateFacility,
  validateFigureRow,
  emptyToNull,
  BLOC_MEMBER_COLUMNS,
  CORRECTION_COLUMNS,
  CRITICAL_LIST_COLUMNS,
  FIGURE_COLUMNS,
  type Issue,
  type RecordContext,
  type ValidationOptions,
} from '../../src/domain/schema';
import { MINERALS } from '../../src/domain/minerals';
import { EU_ISO3, WORLD_ISO3 } from '../../src/domain/countries';
import type { MineralEntry, Source } from '../../src/domain/types';
import { parseCsvRecords, type CsvRecord } from './csv';
import {
  checkGeometry,
  checkPointInCountry,
  pointInCountryMessage,
  COASTAL_TOLERANCE_KM,
} from './geo';

/** Point-in-country tolerance for `district`-precision points (district / state centroids). */
export const DISTRICT_TOLERANCE_KM = 100;
import { countryName, countryNumeric, polygonsFor, type CountryPolygons } from './countries';
import { criticalSet, listFlags } from './lists';
import { sitesFileText } from './sites';
import { facilityLines } from './facility-records';
import type { Gazetteer } from './gazetteer';
import {
  compareIds,
  parseNdjson,
  round5,
  toJson,
  ICMM_CITATION,
  ICMM_URL,
  ICMM_AS_OF,
  PP1802_CITATION,
  PP1802_SERVICE_URL,
  PP1802_AS_OF,
} from './io';

/** Curated input file names (in geodata/curated/). */
export const CURATED_FILES = {
  icmm: 'icmm-facilities.ndjson',
  sites: 'curated-sites.ndjson',
  enrichments: 'facility-enrichments.ndjson',
  deposits: 'usgs-deposits.ndjson',
  corridors: 'corridors.ndjson',
  blocs: 'blocs.ndjson',
  blocMembers: 'bloc-members.csv',
  figures: 'country-figures.csv',
  lists: 'critical-lists.csv',
  corrections: 'corrections.csv',
} as const;

/** Inputs: file name -> text (absent when the file does not exist). */
export type CuratedInputs = Partial<
  Record<(typeof CURATED_FILES)[keyof typeof CURATED_FILES], string>
>;

/** Build result: published files (name -> text) and all issues found. */
export interface BuildResult {
  /** Output file name (in public/data/) -> content. */
  outputs: Map<string, string>;
  /** Validation issues (build must fail when non-empty). */
  issues: Issue[];
  /** Summary counts for the console. */
  counts: Record<string, number>;
}

/** Options of the build. */
export interface BuildOptions {
  /** Country polygons for the point-in-country rule. */
  polygons: CountryPolygons;
  /** Known ISO3 codes. */
  knownCountries: ReadonlySet<string>;
  /** Directory label used in messages, e.g. "geodata/curated". */
  dir: string;
  /** Town positions for curated sites placed by town. */
  gazetteer: Gazetteer;
}

function normSources(v: unknown): Source[] {
  if (!Array.isArray(v)) return [];
  return v.filter(isRecord).map((s) => {
    const source: Source = {
      citation: String(s.citation),
      url: typeof s.url === 'string' ? s.url : null,
      rowId: typeof s.rowId === 'string' ? s.rowId : null,
    };
    if (typeof s.readVia === 'string') source.readVia = s.readVia;
    return source;
  });
}

/** Serialises a FeatureCollection with one feature per line (diffable, deterministic). */
export function featureCollectionText(features: readonly unknown[]): string {
  if (features.length === 0) return '{"type":"FeatureCollection","features":[]}\n';
  return (
    '{"type":"FeatureCollection","features":[\n' +
    features.map((f) => JSON.stringify(f)).join(',\n') +
    '\n]}\n'
  );
}

function roundCoords(c: unknown): unknown {
  if (typeof c === 'number') return round5(c);
  if (Array.isArray(c)) return c.map(roundCoords);
  return c;
}

function ctxOf(dir: string, file: string, id: unknown, line: number | string): RecordContext {
  const where = typeof line === 'number' ? `line ${line}` : line;
  return {
    file: `${dir}/${file}`,
    record: typeof id === 'string' && id !== '' ? `${id} (${where})` : where,
  };
}

/** A GeoJSON point feature of a validated curated record, coordinates rounded to 5 decimals. */
function pointFeature(
  record: Record<string, unknown>,
  properties: Record<string, unknown>,
): unknown {
  return {
    type: 'Feature',
    id: record.id,
    geometry: {
      type: 'Point',
      coordinates: [round5(record.lon as number), round5(record.lat as number)],
    },
    properties,
  };
}

/** Runs all validations and produces the published files. */
export function runBuild(inputs: CuratedInputs, opts: BuildOptions): BuildResult {
  const issues: Issue[] = [];
  const outputs = new Map<string, string>();
  const dir = opts.dir;
  const referenced = new Set<string>();

  // --- critical lists -------------------------------------------------------------------
  const listRows: { list_id: string; mineral_id: string }[] = [];
  const listsText = inputs[CURATED_FILES.lists];
  if (listsText === undefined) {
    issues.push({
      file: `${dir}/${CURATED_FILES.lists}`,
      record: '-',
      rule: 'required',
      message: 'file is missing',
    });
  } else {
    const recs = csvRecords(listsText, CURATED_FILES.lists, CRITICAL_LIST_COLUMNS, dir, issues);
    for (const r of recs) {
      const ctx = ctxOf(dir, CURATED_FILES.lists, '', `row ${r.row}`);
      issues.push(...validateCriticalListRow(r.values, ctx));
      listRows.push({ list_id: r.values.list_id ?? '', mineral_id: r.values.mineral_id ?? '' });
    }
  }
  const critical = criticalSet(listRows);
  const flags = listFlags(listRows);
  const vopts: ValidationOptions = {
    knownCountries: opts.knownCountries,
    criticalMinerals: critical,
  };

  // --- corrections (validated only; applied by the import) -------------------------------
  const corrText = inputs[CURATED_FILES.corrections];
  if (corrText !== undefined) {
    for (const r of csvRecords(
      corrText,
      CURATED_FILES.corrections,
      CORRECTION_COLUMNS,
      dir,
      issues,
    )) {
      issues.push(
        ...validateCorrectionRow(
          r.values,
          ctxOf(dir, CURATED_FILES.corrections, r.values.id, `row ${r.row}`),
        ),
      );
    }
  }

  // --- facilities ------------------------------------------------------------------------
  const ids: { id: unknown; ctx: RecordContext }[] = [];
  const facilities: { id: string; feature: unknown; minerals: string[] }[] = [];
  const facilityInput = (file: string): { file: string; text: string } | undefined => {
    const text = inputs[file as keyof CuratedInputs];
    return text === undefined ? undefined : { file, text };
  };
  const records = facilityLines(
    {
      imported: facilityInput(CURATED_FILES.icmm),
      curated: facilityInput(CURATED_FILES.sites),
      enrichments: facilityInput(CURATED_FILES.enrichments),
    },
    dir,
    opts.gazetteer,
    issues,
  );
  {
    for (const { value: v, ctx } of records) {
      if (isRecord(v) && v.critical === undefined && Array.isArray(v.minerals)) {
        v.critical = v.minerals.filter((m) => typeof m === 'string' && critical.has(m));
      }
      const recIssues = validateFacility(v, ctx, vopts, true);
      if (isRecord(v)) {
        ids.push({ id: v.id, ctx });
        recIssues.push(...pointIssues(v, ctx, opts));
      }
      issues.push(...recIssues);
      if (recIssues.length > 0 || !isRecord(v)) continue;
      const country = String(v.country);
      referenced.add(country);
      const owners = (v.owners as unknown[]).filter(isRecord).map((o) => {
        if (typeof o.country === 'string') referenced.add(o.country);
        return {
          name: String(o.name),
          country: (o.country as string | null) ?? null,
          share: (o.share as number | null) ?? null,
        };
      });
      const cap = isRecord(v.capacity)
        ? {
            value: v.capacity.value as number,
            unit: String(v.capacity.unit),
            commodity: String(v.capacity.commodity),
            year: (v.capacity.year as number | null) ?? null,
            product: (v.capacity.product as string | null | undefined) ?? null,
          }
        : null;
      const props: Record<string, unknown> = {
        id: v.id,
        name: v.name,
        country,
        stages: v.stages,
        status: v.status,
        statusDate: v.statusDate,
        minerals: v.minerals,
        mineralRoles: v.mineralRoles,
        primaryMineral: v.primaryMineral,
        critical: v.critical,
        operator: v.operator,
        owners,
        capacity: cap,
        confidence: v.confidence,
        locationPrecision: v.locationPrecision,
        groupNames: v.groupNames,
        sources: normSources(v.sources),
        asOf: v.asOf,
      };
      if (typeof v.locationNote === 'string') props.locationNote = v.locationNote;
      if (typeof v.note === 'string') props.note = v.note;
      facilities.push({
        id: String(v.id),
        minerals: v.minerals as string[],
        feature: pointFeature(v, props),
      });
    }
  }
  issues.push(...findDuplicateIds(ids));
  facilities.sort((a, b) => compareIds(a.id, b.id));
  outputs.set('facilities.geojson', featureCollectionText(facilities.map((f) => f.feature)));

  // --- deposits --------------------------------------------------------------------------
  const depIds: { id: unknown; ctx: RecordContext }[] = [];
  const deposits: { id: string; feature: unknown; minerals: string[] }[] = [];
  const depText = inputs[CURATED_FILES.deposits];
  if (depText !== undefined) {
    for (const line of parseNdjson(depText)) {
      const v = line.value;
      const ctx = ctxOf(dir, CURATED_FILES.deposits, isRecord(v) ? v.id : undefined, line.line);
      if (line.error !== undefined) {
        issues.push({ ...ctx, rule: 'json', message: `invalid JSON: ${line.error}` });
        continue;
      }
      const recIssues = validateDeposit(v, ctx, vopts);
      if (isRecord(v)) {
        depIds.push({ id: v.id, ctx });
        if (v.country !== null) recIssues.push(...pointIssues(v, ctx, opts));
      }
      issues.push(...recIssues);
      if (recIssues.length > 0 || !isRecord(v)) continue;
      if (typeof v.country === 'string') referenced.add(v.country);
      const props: Record<string, unknown> = {
        id: v.id,
        name: v.name,
        country: v.country,
        region: v.region,
        minerals: v.minerals,
        depositType: v.depositType,
        locationPrecision: v.locationPrecision,
        sources: normSources(v.sources),
        asOf: v.asOf,
      };
      if (typeof v.locationNote === 'string') props.locationNote = v.locationNote;
      deposits.push({
        id: String(v.id),
        minerals: v.minerals as string[],
        feature: pointFeature(v, props),
      });
    }
  }
  issues.push(...findDuplicateIds(depIds));
  deposits.sort((a, b) => compareIds(a.id, b.id));
  outputs.set('deposits.geojson', featureCollectionText(deposits.map((f) => f.feature)));

  // --- corridors -------------------------------------------------------------------------
  const corIds: { id: unknown; ctx: RecordContext }[] = [];
  const corridors: { id: string; feature: unknown }[] = [];
  const corText = inputs[CURATED_FILES.corridors];
  if (corText !== undefined) {
    for (const line of parseNdjson(corText)) {
      const v = line.value;
      const ctx = ctxOf(dir, CURATED_FILES.corridors, isRecord(v) ? v.id : undefined, line.line);
      if (line.error !== undefined) {
        issues.push({ ...ctx, rule: 'json', message: `invalid JSON: ${line.error}` });
        continue;
      }
      const recIssues = validateCorridor(v, ctx, vopts);
      if (isRecord(v)) {
        corIds.push({ id: v.id, ctx });
        if (isRecord(v.geometry)) {
          for (const m of checkGeometry(v.geometry))
            recIssues.push({ ...ctx, rule: 'geometry', message: m });
        }
      }
      issues.push(...recIssues);
      if (recIssues.length > 0 || !isRecord(v) || !isRecord(v.geometry)) continue;
      for (const c of v.countries as string[]) referenced.add(c);
      corridors.push({
        id: String(v.id),
        feature: {
          type: 'Feature',
          id: v.id,
          geometry: { type: v.geometry.type, coordinates: roundCoords(v.geometry.coordinates) },
          properties: {
            id: v.id,
            name: v.name,
            kind: v.kind,
            status: v.status,
            schematic: v.schematic,
            description: v.description,
            countries: [...(v.countries as string[])].sort(compareIds),
            sources: normSources(v.sources),
            asOf: v.asOf,
          },
        },
      });
    }
  }
  issues.push(...findDuplicateIds(corIds));
  corridors.sort((a, b) => compareIds(a.id, b.id));
  outputs.set('corridors.geojson', featureCollectionText(corridors.map((f) => f.feature)));

  // --- blocs -----------------------------------------------------------------------------
  const blocIds: { id: unknown; ctx: RecordContext }[] = [];
  const blocs: Record<string, unknown>[] = [];
  const blocText = inputs[CURATED_FILES.blocs];
  if (blocText !== undefined) {
    for (const line of parseNdjson(blocText)) {
      const v = line.value;
      const ctx = ctxOf(dir, CURATED_FILES.blocs, isRecord(v) ? v.id : undefined, line.line);
      if (line.error !== undefined) {
        issues.push({ ...ctx, rule: 'json', message: `invalid JSON: ${line.error}` });
        continue;
      }
      const recIssues = validateBloc(v, ctx);
      if (isRecord(v)) blocIds.push({ id: v.id, ctx });
      issues.push(...recIssues);
      if (recIssues.length > 0 || !isRecord(v)) continue;
      blocs.push(v);
    }
  }
  issues.push(...findDuplicateIds(blocIds));
  const knownBlocIds = new Set(
    blocIds.map((b) => b.id).filter((x): x is string => typeof x === 'string'),
  );
  const members = new Map<
    string,
    { country: string; role: string; joined: string | null; sources: Source[] }[]
  >();
  const memberText = inputs[CURATED_FILES.blocMembers];
  if (memberText !== undefined) {
    const seen = new Map<string, number>();
    for (const r of csvRecords(
      memberText,
      CURATED_FILES.blocMembers,
      BLOC_MEMBER_COLUMNS,
      dir,
      issues,
    )) {
      const v = r.values;
      const ctx = ctxOf(
        dir,
        CURATED_FILES.blocMembers,
        `${v.bloc_id ?? ''}/${v.country_iso3 ?? ''}`,
        `row ${r.row}`,
      );
      const recIssues = validateBlocMemberRow(v, ctx, vopts, knownBlocIds);
      const key = `${v.bloc_id ?? ''}|${v.country_iso3 ?? ''}|${v.role ?? ''}`;
      const prev = seen.get(key);
      if (prev !== undefined) {
        recIssues.push({
          ...ctx,
          rule: 'duplicate',
          message: `same bloc, country and role as row ${prev}`,
        });
      } else seen.set(key, r.row);
      issues.push(...recIssues);
      if (recIssues.length > 0) continue;
      const country = v.country_iso3 ?? '';
      if (country !== EU_ISO3) referenced.add(country);
      const list = members.get(v.bloc_id ?? '') ?? [];
      list.push({
        country,
        role: v.role ?? '',
        joined: emptyToNull(v.joined),
        sources: normSources([
          {
            citation: v.source_citation ?? '',
            url: emptyToNull(v.source_url),
            rowId: null,
            readVia: emptyToNull(v.source_read_via) ?? undefined,
          },
        ]),
      });
      members.set(v.bloc_id ?? '', list);
    }
  }
  const blocsOut = blocs
    .map((b) => ({
      id: b.id,
      name: b.name,
      shortName: b.shortName,
      kind: b.kind,
      description: b.description,
      founded: b.founded,
      includesEuropeanUnion: b.includesEuropeanUnion,
      members: (members.get(String(b.id)) ?? []).sort(
        (x, y) => compareIds(x.country, y.country) || compareIds(x.role, y.role),
      ),
      sources: normSources(b.sources),
      asOf: b.asOf,
    }))
    .sort((a, b) => compareIds(String(a.id), String(b.id)));
  outputs.set('blocs.json', toJson(blocsOut));

  // --- country figures -------------------------------------------------------------------
  const figures: Record<string, unknown>[] = [];
  const figText = inputs[CURATED_FILES.figures];
  if (figText !== undefined) {
    const seen = new Map<string, number>();
    for (const r of csvRecords(figText, CURATED_FILES.figures, FIGURE_COLUMNS, dir, issues)) {
      const v = r.values;
      const ctx = ctxOf(
        dir,
        CURATED_FILES.figures,
        `${v.country_iso3 ?? ''}/${v.mineral ?? ''}/${v.measure ?? ''}/${v.year ?? ''}`,
        `row ${r.row}`,
      );
      const recIssues = validateFigureRow(v, ctx, vopts);
      const key = [v.country_iso3, v.mineral, v.measure, v.year, v.unit, v.note].join('|');
      const prev = seen.get(key);
      if (prev !== undefined) {
        recIssues.push({
          ...ctx,
          rule: 'duplicate',
          message: `same country, mineral, measure, year, unit and note as row ${prev}`,
        });
      } else seen.set(key, r.row);
      issues.push(...recIssues);
      if (recIssues.length > 0) continue;
      const country = v.country_iso3 ?? '';
      if (country !== WORLD_ISO3) referenced.add(country);
      figures.push({
        country,
        mineral: v.mineral,
        measure: v.measure,
        year: Number(v.year),
        value: (v.value ?? '') === '' ? null : Number(v.value),
        unit: v.unit,
        estimated: v.estimated === 'true',
        note: emptyToNull(v.note),
        sources: [
          { citation: v.source_citation ?? '', url: emptyToNull(v.source_url), rowId: null },
        ],
        asOf: v.as_of,
      });
    }
  }
  figures.sort(
    (a, b) =>
      compareIds(String(a.country), String(b.country)) ||
      compareIds(String(a.mineral), String(b.mineral)) ||
      compareIds(String(a.measure), String(b.measure)) ||
      Number(a.year) - Number(b.year) ||
      compareIds(String(a.unit), String(b.unit)) ||
      compareIds(String(a.note), String(b.note)),
  );

  // --- countries -------------------------------------------------------------------------
  const countryCodes = new Set<string>([...opts.polygons.keys(), ...referenced]);
  const countries = [...countryCodes]
    .filter((c) => opts.knownCountries.has(c))
    .sort(compareIds)
    .map((iso3) => ({ iso3, isoNumeric: countryNumeric(iso3), name: countryName(iso3) }));
  outputs.set('countries.json', toJson({ countries, figures }));

  // --- minerals --------------------------------------------------------------------------
  const minerals: MineralEntry[] = MINERALS.map((m) => {
    const lists = flags.get(m.id) ?? {
      us2025: false,
      eu2024: false,
      euStrategic2024: false,
      india2023: false,
    };
    return {
      id: m.id,
      label: m.label,
      group: m.group,
      critical: critical.has(m.id),
      lists: { ...lists },
    };
  });
  outputs.set('minerals.json', toJson(minerals));

  // --- meta ------------------------------------------------------------------------------
  const byMineral = (items: readonly { minerals: string[] }[]): Record<string, number> => {
    const out: Record<string, number> = {};
    for (const m of MINERALS) {
      const n = items.filter((i) => i.minerals.includes(m.id)).length;
      if (n > 0) out[m.id] = n;
    }
    return out;
  };
  const counts = {
    facilities: facilities.length,
    deposits: deposits.length,
    corridors: corridors.length,
    blocs: blocsOut.length,
    countries: countries.length,
    figures: figures.length,
    minerals: minerals.length,
    criticalMinerals: minerals.filter((m) => m.critical).length,
  };
  const datasets = [
    {
      id: 'icmm-global-mining-dataset-2025',
      title: 'Global Mining Dataset (public version, sheet "External")',
      publisher: 'International Council on Mining and Metals (ICMM)',
      licence: 'CC BY 4.0',
      url: ICMM_URL,
      citation: ICMM_CITATION,
      asOf: ICMM_AS_OF,
    },
    {
      id: 'usgs-pp1802',
      title:
        'Global distribution of selected mines, deposits, and districts of critical minerals (USGS Professional Paper 1802 data)',
      publisher: 'U.S. Geological Survey',
      licence: 'Public domain (U.S. Government work)',
      url: PP1802_SERVICE_URL,
      citation: PP1802_CITATION,
      asOf: PP1802_AS_OF,
    },
    {
      id: 'natural-earth-world-atlas',
      title: 'Natural Earth v4.1.0 admin-0 countries (world-atlas 2, countries-10m)',
      publisher: 'Natural Earth; TopoJSON by Mike Bostock (world-atlas)',
      licence: 'Public domain (Natural Earth); ISC (world-atlas)',
      url: 'https://github.com/topojson/world-atlas',
      citation: 'Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com.',
      asOf: '2018-05',
    },
    {
      id: 'critical-lists',
      title: 'Critical-mineral lists: US 2025, EU CRMA 2024 (Annex I and II), India 2023',
      publisher: 'U.S. DOI/USGS; European Union; Ministry of Mines, India (compiled by the atlas)',
      licence: 'Public information (list memberships)',
      url: 'https://www.usgs.gov/faqs/what-a-critical-mineral',
      citation: 'See geodata/curated/critical-lists.csv for each entry and its source.',
      asOf: '2025-11-07',
    },
  ];
  datasets.sort((a, b) => compareIds(a.id, b.id));
  const body = [...outputs.entries()]
    .sort(([a], [b]) => compareIds(a, b))
    .map(([k, t]) => `${k}\n${t}`)
    .join('');
  const meta = {
    version: createHash('sha256').update(body).digest('hex').slice(0, 12),
    asOf: maxAsOf(datasets.map((d) => d.asOf)),
    datasets,
    counts: {
      ...counts,
      facilitiesByMineral: byMineral(facilities),
      depositsByMineral: byMineral(deposits),
    },
  };
  outputs.set('meta.json', toJson(meta));
  // Derived from facilities.geojson alone, so left out of the version hash above.
  outputs.set('sites.json', sitesFileText(facilities.map((f) => f.feature)));
  return { outputs, issues, counts };
}

function maxAsOf(values: readonly string[]): string {
  return values.reduce((m, v) => (v > m ? v : m), '');
}

function csvRecords(
  text: string,
  file: string,
  columns: readonly string[],
  dir: string,
  issues: Issue[],
): CsvRecord[] {
  try {
    const { header, records } = parseCsvRecords(text, file);
    const missing = columns.filter((c) => !header.includes(c));
    const extra = header.filter((c) => !columns.includes(c));
    if (missing.length > 0 || extra.length > 0) {
      issues.push({
        file: `${dir}/${file}`,
        record: 'header',
        rule: 'columns',
        message: `expected columns ${columns.join(',')}${missing.length ? `; missing ${missing.join(',')}` : ''}${extra.length ? `; unexpected ${extra.join(',')}` : ''}`,
      });
    }
    return records;
  } catch (e) {
    issues.push({
      file: `${dir}/${file}`,
      record: '-',
      rule: 'csv',
      message: e instanceof Error ? e.message : String(e),
    });
    return [];
  }
}

function pointIssues(v: Record<string, unknown>, ctx: RecordContext, opts: BuildOptions): Issue[] {
  const { lon, lat, country } = v;
  if (typeof country !== 'string' || !opts.knownCountries.has(country)) return [];
  if (!isValidLonLat(lon, lat)) {
    // Out of range, but valid when swapped and then inside the country: say so.
    if (isValidLonLat(lat, lon)) {
      const swapped = checkPointInCountry(
        polygonsFor(opts.polygons, country),
        lat as number,
        lon as number,
      );
      if (swapped.ok) {
        return [
          {
            ...ctx,
            rule: 'point-in-country',
            message: `lat ${String(lat)} / lon ${String(lon)} lie in ${country} only when swapped; probably swapped lat/lon`,
          },
        ];
      }
    }
    return [];
  }
  const polys = polygonsFor(opts.polygons, country);
  if (polys.length === 0) {
    return [
      {
        ...ctx,
        rule: 'point-in-country',
        message: `no Natural Earth polygon for country ${country}`,
      },
    ];
  }
  // District / state centroids get a wider tolerance than site coordinates.
  const tolerance =
    v.locationPrecision === 'district' ? DISTRICT_TOLERANCE_KM : COASTAL_TOLERANCE_KM;
  const r = checkPointInCountry(polys, lon as number, lat as number, tolerance);
  return r.ok
    ? []
    : [
        {
          ...ctx,
          rule: 'point-in-country',
          message: pointInCountryMessage(country, lon as number, lat as number, r),
        },
      ];
}
