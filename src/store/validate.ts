/**
 * Check what callers hand to the store before any of it is written, so that a
 * mistake is reported with the field at fault and the database never holds half of
 * a bad request. The database repeats the essential checks as CHECK constraints;
 * these give the readable messages.
 */
import { StoreError } from './errors.js';
import { isPlainObject, toJsonObjectText, toJsonText } from './json.js';
import type { ArtifactInput, RunCompletion, RunStart } from './types.js';

/** A run start ready for the database. */
export interface StartRow {
  experiment: string;
  params: string;
  seed: number;
  subjects: number;
  version: string;
  sweepId: string | null;
  pointKey: string | null;
}

/** A completion ready for the database. */
export interface CompletionRow {
  metrics: string;
  criteria: string;
  artifacts: { name: string; mediaType: string; content: Buffer | string }[];
}

// type/subtype with the characters RFC 6838 allows, plus optional parameters.
const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*(\s*;.*)?$/i;

export function checkStart(start: RunStart): StartRow {
  const sweepId = start.sweepId ?? null;
  const pointKey = start.pointKey ?? null;
  if ((sweepId === null) !== (pointKey === null)) {
    throw invalid('a run in a sweep needs both sweepId and pointKey (or neither)');
  }
  if (sweepId !== null) text(sweepId, 'sweepId');
  if (pointKey !== null) text(pointKey, 'pointKey');
  return {
    experiment: text(start.experiment, 'experiment'),
    params: toJsonText(start.params, 'params'),
    seed: integer(start.seed, 'seed', Number.MIN_SAFE_INTEGER),
    subjects: integer(start.subjects, 'subjects', 0),
    version: text(start.version, 'version'),
    sweepId,
    pointKey,
  };
}

export function checkCompletion(done: RunCompletion): CompletionRow {
  if (!Array.isArray(done.criteria)) throw invalid('criteria must be an array');
  const criterionIds = new Set<string>();
  done.criteria.forEach((c: unknown, i) => {
    const where = `criteria[${i}]`;
    if (!isPlainObject(c)) throw invalid(`${where} must be an object`);
    const id = text(c.id, `${where}.id`);
    if (criterionIds.has(id)) throw invalid(`${where}.id ${id} appears twice`);
    criterionIds.add(id);
    if (typeof c.description !== 'string') throw invalid(`${where}.description must be a string`);
    if (typeof c.passed !== 'boolean') throw invalid(`${where}.passed must be true or false`);
    for (const key of ['measured', 'expected'] as const) {
      if (c[key] === undefined) throw invalid(`${where}.${key} is missing (use null for "none")`);
    }
  });
  if (!Array.isArray(done.artifacts)) throw invalid('artifacts must be an array');
  const names = new Set<string>();
  const artifacts = done.artifacts.map((a: ArtifactInput, i) => {
    const where = `artifacts[${i}]`;
    const name = text(a?.name, `${where}.name`);
    if (names.has(name)) throw invalid(`artifact name ${name} appears twice`);
    names.add(name);
    if (typeof a.mediaType !== 'string' || !MEDIA_TYPE.test(a.mediaType)) {
      throw invalid(`${where}.mediaType must look like type/subtype, e.g. image/png`);
    }
    return { name, mediaType: a.mediaType, content: content(a.content, `${where}.content`) };
  });
  return {
    metrics: toJsonObjectText(done.metrics, 'metrics'),
    criteria: toJsonText(done.criteria, 'criteria'),
    artifacts,
  };
}

/** A non-empty string. */
export function text(value: unknown, what: string): string {
  if (typeof value !== 'string' || value.length === 0) throw invalid(`${what} must be a non-empty string`);
  return value;
}

function integer(value: unknown, what: string, min: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
    throw invalid(`${what} must be an integer${min === 0 ? ' ≥ 0' : ''}, not ${String(value)}`);
  }
  return value;
}

/** Binary content as a Buffer view (no copy) for SQLite; text stays text. */
function content(value: unknown, what: string): Buffer | string {
  if (typeof value === 'string') return value;
  if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  throw invalid(`${what} must be a Uint8Array or a string`);
}

function invalid(message: string): StoreError {
  return new StoreError('invalid', message);
}
