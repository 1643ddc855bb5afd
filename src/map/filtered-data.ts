/**
 * Layer data whose filter values are a binary attribute: deck.gl iterates the records for the
 * accessors it still runs (icons, colours, positions) and takes `getFilterValue` straight from a
 * typed array, so a filter change uploads one small buffer and runs no JavaScript per record.
 */
export interface FilteredData<T> extends Iterable<T> {
  /** The records, in attribute order. */
  readonly records: readonly T[];
  readonly length: number;
  /** Binary attributes, by accessor name, as deck.gl reads them from `props.data.attributes`. */
  readonly attributes: { getFilterValue: { value: Float32Array; size: 1 } };
}

const floatPasses = new WeakMap<Uint8Array, Float32Array>();

/** The filter result (1 = shown) as the float attribute the GPU filter reads; cached per array. */
function filterValues(passes: Uint8Array): Float32Array {
  let values = floatPasses.get(passes);
  if (!values) {
    values = Float32Array.from(passes);
    floatPasses.set(passes, values);
  }
  return values;
}

/** Wraps records and their filter result (`passes`, one byte per record) as layer data. */
export function filteredData<T>(records: readonly T[], passes: Uint8Array): FilteredData<T> {
  return {
    records,
    length: records.length,
    attributes: { getFilterValue: { value: filterValues(passes), size: 1 } },
    [Symbol.iterator]: () => records[Symbol.iterator](),
  };
}

/** True for layer data made by {@link filteredData}. */
export function isFilteredData(value: unknown): value is FilteredData<unknown> {
  return typeof value === 'object' && value !== null && 'records' in value && 'attributes' in value;
}

/**
 * Compares layer data by its records only (deck.gl's `dataComparator`): a new filter result is a
 * new attribute, not new data, so deck.gl keeps every other attribute as it is.
 */
export function sameRecords<D>(next: D, previous?: D): boolean {
  return isFilteredData(next) && isFilteredData(previous) && next.records === previous.records;
}

/** What a pick reports: the layer's data and the index of the record hit. */
export interface PickedIndex {
  index: number;
  layer?: { props: { data: unknown } } | null;
}

/** The record a pick landed on (deck.gl sets `object` only for array data, so look it up). */
export function pickedRecord(info: PickedIndex): unknown {
  const data = info.layer?.props.data;
  if (info.index < 0 || !isFilteredData(data)) return undefined;
  return data.records[info.index];
}
