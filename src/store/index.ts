/**
 * The results database: every run kept, findable and comparable. See
 * `run-store.ts` for the guarantees and `connect.ts` for the SQLite settings.
 */
export { StoreError, type StoreErrorCode } from './errors.js';
export type { JsonObject, JsonValue } from './json.js';
export { openStore } from './open.js';
export { DB_ENV_VAR, defaultDbPath } from './paths.js';
export type { RunStore } from './run-store.js';
export { SCHEMA_VERSION } from './schema.js';
export {
  type Artifact,
  type ArtifactInfo,
  type ArtifactInput,
  type OpenOptions,
  RUN_STATUSES,
  type RunCompletion,
  type RunDetails,
  type RunQuery,
  type RunRecord,
  type RunStart,
  type RunStatus,
  type StoredCriterion,
  type SweepRecord,
  type SweepStart,
} from './types.js';
