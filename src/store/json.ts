/**
 * Strict JSON for stored fields. `JSON.stringify` silently turns NaN and Infinity
 * into null, typed arrays into index-keyed objects and Dates into strings; a result
 * changed that way on its way into the database would be wrong without anyone
 * knowing. So values are checked first, and anything JSON cannot hold exactly is
 * refused with the path of the offending field.
 */
import { isDeepStrictEqual } from 'node:util';
import { StoreError } from './errors.js';

/** A value that survives a JSON round trip unchanged. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** A JSON object (metrics, usually parameters). */
export type JsonObject = { [key: string]: JsonValue };

/**
 * Serialise `value`, refusing what JSON would silently alter. Object properties
 * whose value is `undefined` are left out, as `JSON.stringify` does: that is how
 * optional fields are normally written.
 */
export function toJsonText(value: unknown, what: string): string {
  checkJson(value, what, []);
  return JSON.stringify(value);
}

/** Like {@link toJsonText}, and also require a plain object at the top. */
export function toJsonObjectText(value: unknown, what: string): string {
  if (!isPlainObject(value)) throw invalid(`${what} must be a plain object, not ${describe(value)}`);
  return toJsonText(value, what);
}

/** Parse a stored JSON column; stored text that does not parse means the file was damaged. */
export function parseStoredJson(text: string, what: string, file: string): JsonValue {
  try {
    return JSON.parse(text) as JsonValue;
  } catch (e) {
    throw new StoreError('damaged', `${file} is damaged: ${what} is not valid JSON`, { file, cause: e });
  }
}

/** Whether two JSON texts hold the same value (object key order does not matter). */
export function sameJsonText(a: string, b: string): boolean {
  return a === b || isDeepStrictEqual(JSON.parse(a), JSON.parse(b));
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function checkJson(value: unknown, path: string, ancestors: object[]): void {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return;
    case 'number':
      if (!Number.isFinite(value)) {
        throw invalid(`${path} is ${value}, which JSON cannot hold (store null or a string instead)`);
      }
      return;
    case 'object': {
      if (value === null) return;
      if (ancestors.includes(value)) throw invalid(`${path} refers back to itself`);
      ancestors.push(value);
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) checkJson(value[i], `${path}[${i}]`, ancestors);
      } else if (isPlainObject(value)) {
        for (const [key, v] of Object.entries(value)) {
          if (v !== undefined) checkJson(v, `${path}.${key}`, ancestors);
        }
      } else {
        throw invalid(
          `${path} is ${describe(value)}; store plain objects, arrays, strings, finite numbers, booleans or null`,
        );
      }
      ancestors.pop();
      return;
    }
    default:
      throw invalid(`${path} is ${describe(value)}, which JSON cannot hold`);
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') {
    const name = (Object.getPrototypeOf(value) as { constructor?: { name?: string } } | null)?.constructor
      ?.name;
    return name ? `a ${name}` : 'an object';
  }
  return typeof value === 'undefined' ? 'undefined' : `a ${typeof value}`;
}

function invalid(message: string): StoreError {
  return new StoreError('invalid', message);
}
