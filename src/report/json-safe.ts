/**
 * Results as strict JSON. A metric that could not be measured is NaN in memory
 * (say, the mean response of mirror units when there are none); JSON has no NaN and
 * the results database rightly refuses it, so such values are stored as null — the
 * same thing `JSON.stringify` prints for them in `--json` output.
 */
import type { JsonValue } from '../store/index.js';

/** A deep copy of `value` with non-finite numbers as null and undefined fields left out. */
export function jsonSafe(value: unknown): JsonValue {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) return value;
  if (Array.isArray(value) || ArrayBuffer.isView(value)) {
    return Array.from(value as ArrayLike<unknown>, (x) => (x === undefined ? null : jsonSafe(x)));
  }
  if (typeof value === 'object') {
    const out: { [key: string]: JsonValue } = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = jsonSafe(v);
    return out;
  }
  return null;
}
