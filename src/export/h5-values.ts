/**
 * Turning what h5wasm reads into plain numbers and strings. HDF5 files from other
 * writers store the same NWB column as int32, uint64 or float, scalar or 1-element
 * arrays, so the reader accepts any of these instead of assuming mirrorlab's choices.
 */
import { Dataset, type Group, type OutputData, Reference } from 'h5wasm/node';

/** The dataset at `path` under `group`, or undefined when there is none (or it is a group). */
export function datasetAt(group: Group, path: string): Dataset | undefined {
  const entity = group.get(path);
  return entity instanceof Dataset ? entity : undefined;
}

/** Any numeric value (typed array, bigint array, nested array, scalar) as an array of numbers. */
export function toNumbers(value: OutputData | null, what: string): number[] {
  if (value === null) return [];
  if (typeof value === 'number' || typeof value === 'bigint') return [Number(value)];
  if (ArrayBuffer.isView(value)) return Array.from(value as ArrayLike<number | bigint>, Number);
  if (Array.isArray(value)) return value.flatMap((v) => toNumbers(v, what));
  throw new Error(`${what} is not numeric`);
}

/** Any text value (scalar or array) as an array of strings. */
export function toStrings(value: OutputData | null, what: string): string[] {
  if (value === null) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((v) => toStrings(v, what));
  throw new Error(`${what} is not text`);
}

/** A scalar text dataset's value, or undefined when the dataset is missing. */
export function readText(group: Group, path: string): string | undefined {
  const ds = datasetAt(group, path);
  return ds ? toStrings(ds.value, path).join('') : undefined;
}

/**
 * The dataset an object-reference attribute (such as a VectorIndex's `target`)
 * points to. h5wasm returns a scalar reference as a 1-element array.
 */
export function referencedDataset(obj: Group | Dataset, attribute: string): Dataset | undefined {
  if (!obj.attrs[attribute]) return undefined;
  const value = obj.get_attribute(attribute, false);
  const ref = Array.isArray(value) ? value[0] : value;
  if (!(ref instanceof Reference)) return undefined;
  // Typed as unknown: h5wasm's overloads would type any Reference as a region reference.
  const target: unknown = obj.dereference(ref);
  return target instanceof Dataset ? target : undefined;
}
