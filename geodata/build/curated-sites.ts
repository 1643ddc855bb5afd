/**
 * The researcher's formats for facilities, turned into facility records the schema validates:
 * - a curated site (`curated-sites.ndjson`) lists its minerals as `{id, role}` and is placed by
 *   its own coordinates or by the GeoNames point of the town its source names;
 * - an enrichment (`facility-enrichments.ndjson`) adds sourced owners, operator, status, roles,
 *   stages or capacity to an imported (ICMM) record and appends its sources.
 * Pure: the gazetteer is passed in.
 */
import { isRecord, type Issue, type RecordContext } from '../../src/domain/schema';
import { MINERAL_ROLES, type MineralRole } from '../../src/domain/vocabulary';
import { GEONAMES_CITATION, GEONAMES_READ_VIA, geonamesUrl, type Gazetteer } from './gazetteer';

/** Fields a curated site may have (besides those it shares with facility records). */
export const CURATED_SITE_KEYS = [
  'id',
  'name',
  'country',
  'town',
  'geonameId',
  'lat',
  'lon',
  'locationPrecision',
  'locationNote',
  'stages',
  'minerals',
  'operator',
  'owners',
  'status',
  'statusDate',
  'capacity',
  'confidence',
  'sources',
  'asOf',
  'note',
] as const;

/** Fields an enrichment may have. */
export const ENRICHMENT_KEYS = [
  'id',
  'nameCheck',
  'operator',
  'owners',
  'status',
  'statusDate',
  'minerals',
  'stages',
  'capacity',
  'sources',
  'asOf',
  'note',
] as const;

const issue = (ctx: RecordContext, rule: string, message: string): Issue => ({
  ...ctx,
  rule,
  message,
});

function unknownKeys(v: Record<string, unknown>, allowed: readonly string[], ctx: RecordContext) {
  return Object.keys(v)
    .filter((k) => !allowed.includes(k))
    .map((k) => issue(ctx, 'unknown-field', `unknown field "${k}"`));
}

/**
 * `[{id, role}]` → minerals and roles in role order (primary, secondary, by-product; the order
 * within a role is kept). Malformed entries are reported and passed on for the schema to reject.
 */
export function splitMineralRoles(
  value: unknown,
  ctx: RecordContext,
): { minerals: unknown[]; mineralRoles: unknown[]; issues: Issue[] } {
  if (!Array.isArray(value)) {
    return {
      minerals: [],
      mineralRoles: [],
      issues: [issue(ctx, 'minerals', 'minerals must be an array of {id, role}')],
    };
  }
  const issues: Issue[] = [];
  const entries = value.map((m: unknown, i) => {
    if (!isRecord(m)) {
      issues.push(issue(ctx, 'minerals', `minerals[${i}] must be an object {id, role}`));
      return { id: m, role: undefined, rank: MINERAL_ROLES.length };
    }
    const rank = MINERAL_ROLES.indexOf(m.role as MineralRole);
    return { id: m.id, role: m.role, rank: rank < 0 ? MINERAL_ROLES.length : rank };
  });
  const sorted = entries.map((e, i) => ({ ...e, i })).sort((a, b) => a.rank - b.rank || a.i - b.i);
  return {
    minerals: sorted.map((e) => e.id),
    mineralRoles: sorted.map((e) => e.role),
    issues,
  };
}

/** Where a curated site is placed: its own coordinates, or its town's GeoNames point. */
function placeSite(
  v: Record<string, unknown>,
  gazetteer: Gazetteer,
  ctx: RecordContext,
): { fields: Record<string, unknown>; issues: Issue[] } {
  const note = typeof v.locationNote === 'string' ? v.locationNote : undefined;
  if (v.town === undefined) {
    const fields: Record<string, unknown> = {
      lat: v.lat,
      lon: v.lon,
      locationPrecision: v.locationPrecision,
    };
    if (note !== undefined) fields.locationNote = note;
    return { fields, issues: [] };
  }
  if (v.lat !== undefined || v.lon !== undefined) {
    return { fields: {}, issues: [issue(ctx, 'town', 'give either lat/lon or a town, not both')] };
  }
  const country = String(v.country);
  const town = typeof v.town === 'string' ? v.town : '';
  const pinned = typeof v.geonameId === 'number' ? gazetteer.byId(v.geonameId) : undefined;
  const candidates = pinned ? [pinned] : gazetteer.byName(country, town);
  const place = candidates.length === 1 ? candidates[0] : undefined;
  if (place === undefined || place.country !== country) {
    const listed = candidates
      .map((p) => `${p.geonameId} (admin1 ${p.admin1}, pop. ${p.population})`)
      .join(', ');
    const why =
      v.geonameId !== undefined
        ? `geonameId ${JSON.stringify(v.geonameId)} is not a GeoNames place in ${country}`
        : candidates.length === 0
          ? `town ${JSON.stringify(town)} is not in the GeoNames gazetteer for ${country}`
          : `town ${JSON.stringify(town)} is ambiguous in ${country}: pin one with geonameId: ${listed}`;
    return { fields: {}, issues: [issue(ctx, 'town', why)] };
  }
  const placed =
    v.locationPrecision === 'district'
      ? `Position: the GeoNames point of ${place.name}, the nearest gazetteer town to the area the sources name; the site is elsewhere in that district.`
      : `Position: the GeoNames point of ${place.name} (the town the sources name), not the site itself.`;
  return {
    fields: {
      lat: place.lat,
      lon: place.lon,
      locationPrecision: v.locationPrecision === 'district' ? 'district' : 'approximate',
      locationNote: note === undefined ? placed : `${note} ${placed}`,
      gazetteerSource: {
        citation: `${GEONAMES_CITATION}: ${place.name}`,
        url: geonamesUrl(place.geonameId),
        rowId: `geonames:${place.geonameId}`,
        readVia: GEONAMES_READ_VIA,
      },
    },
    issues: [],
  };
}

/**
 * A curated site as a facility record (with `lat`/`lon`) for the schema to validate; undefined
 * when it cannot be placed (the issues say why). Confidence defaults to `high` with two or more
 * sources, else `moderate`.
 */
export function curatedSiteRecord(
  v: Record<string, unknown>,
  gazetteer: Gazetteer,
  ctx: RecordContext,
): { record: Record<string, unknown> | undefined; issues: Issue[] } {
  const issues = unknownKeys(v, CURATED_SITE_KEYS, ctx);
  const roles = splitMineralRoles(v.minerals, ctx);
  issues.push(...roles.issues);
  const place = placeSite(v, gazetteer, ctx);
  if (place.issues.length > 0) return { record: undefined, issues: [...issues, ...place.issues] };
  const { gazetteerSource, ...position } = place.fields;
  const sources = Array.isArray(v.sources) ? [...(v.sources as unknown[])] : v.sources;
  if (gazetteerSource !== undefined && Array.isArray(sources)) sources.push(gazetteerSource);
  const record: Record<string, unknown> = {
    id: v.id,
    name: v.name,
    country: v.country,
    stages: v.stages,
    status: v.status ?? null,
    statusDate: v.statusDate ?? null,
    minerals: roles.minerals,
    mineralRoles: roles.mineralRoles,
    primaryMineral: roles.minerals[0],
    operator: v.operator ?? null,
    owners: v.owners ?? [],
    capacity: v.capacity ?? null,
    confidence:
      v.confidence ?? (Array.isArray(v.sources) && v.sources.length >= 2 ? 'high' : 'moderate'),
    groupNames: [],
    sources,
    asOf: v.asOf,
    ...position,
  };
  if (v.note !== undefined) record.note = v.note;
  return { record, issues };
}

const nameKey = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** True when `check` names the record (its name or one of its group names, either way round). */
export function namesRecord(check: string, record: Record<string, unknown>): boolean {
  const groupNames: unknown[] = Array.isArray(record.groupNames) ? record.groupNames : [];
  const names = [record.name, ...groupNames]
    .filter((n): n is string => typeof n === 'string')
    .map(nameKey);
  const key = nameKey(check);
  return key !== '' && names.some((n) => n !== '' && (n.includes(key) || key.includes(n)));
}

/**
 * Applies an enrichment to an imported record: each field it sets replaces the record's, its
 * sources are appended, its as-of becomes the record's and its note is added to the record's.
 */
export function applyEnrichment(
  record: Record<string, unknown>,
  e: Record<string, unknown>,
  ctx: RecordContext,
): { record: Record<string, unknown>; issues: Issue[] } {
  const issues = unknownKeys(e, ENRICHMENT_KEYS, ctx);
  if (typeof e.nameCheck === 'string' && !namesRecord(e.nameCheck, record)) {
    issues.push(
      issue(
        ctx,
        'reference',
        `nameCheck ${JSON.stringify(e.nameCheck)} does not match ${JSON.stringify(record.name)} or its group names`,
      ),
    );
  }
  const next: Record<string, unknown> = { ...record };
  for (const key of ['operator', 'owners', 'status', 'statusDate', 'stages', 'capacity']) {
    if (e[key] !== undefined && e[key] !== null) next[key] = e[key];
  }
  if (e.minerals !== undefined && e.minerals !== null) {
    const roles = splitMineralRoles(e.minerals, ctx);
    issues.push(...roles.issues);
    next.minerals = roles.minerals;
    next.mineralRoles = roles.mineralRoles;
    next.primaryMineral = roles.minerals[0];
    delete next.critical;
  }
  if (!Array.isArray(e.sources) || e.sources.length === 0) {
    issues.push(issue(ctx, 'source', 'an enrichment needs its own sources'));
  } else {
    const own: unknown[] = Array.isArray(record.sources) ? record.sources : [];
    const added: unknown[] = e.sources;
    next.sources = [...own, ...added];
  }
  if (e.asOf !== undefined) next.asOf = e.asOf;
  if (typeof e.note === 'string' && e.note.trim() !== '') {
    const note = typeof record.note === 'string' ? `${record.note} ${e.note}` : e.note;
    next.note = note;
  }
  return { record: next, issues };
}
