/**
 * How the CLI fails. Bad input (a mistyped experiment, parameter or run id, an
 * unusable database) is the user's to fix: one line, exit status 2. A run that
 * breaks is ours: exit status 1.
 */
// Direct imports of the light modules: the CLI must start without loading the heavy ones.
import { ParameterError } from '../experiments/params.js';
import { UnknownExperimentError } from '../experiments/registry.js';
import { StoreError, type StoreErrorCode } from '../store/errors.js';
import { SweepError } from '../sweep/errors.js';

/** Bad input from the user: the CLI prints the message on one line and exits with status 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Exit statuses: 0 done, 1 a run failed, 2 bad input. */
export const EXIT = { ok: 0, failed: 1, badInput: 2 } as const;

/**
 * Database problems the user can fix by naming another file or run. The others
 * (busy, io, closed) are failures of the moment or of mirrorlab, not of the input.
 */
const BAD_INPUT_STORE_ERRORS: ReadonlySet<StoreErrorCode> = new Set<StoreErrorCode>([
  'missing',
  'unreadable',
  'not-sqlite',
  'not-mirrorlab',
  'newer-format',
  'needs-upgrade',
  'damaged',
  'readonly',
  'not-found',
  'conflict',
]);

/** The error as bad input, if it is one. */
export function asUsageError(e: unknown): UsageError | undefined {
  if (e instanceof UsageError) return e;
  if (e instanceof ParameterError || e instanceof UnknownExperimentError || e instanceof SweepError)
    return new UsageError(e.message);
  if (e instanceof StoreError && BAD_INPUT_STORE_ERRORS.has(e.code)) return new UsageError(e.message);
  return undefined;
}

/** The first line of an error, for messages about failures that are not bad input. */
export function errorLine(e: unknown): string {
  if (e instanceof StoreError) return e.message;
  const text = e instanceof Error ? e.message : String(e);
  return text.split('\n')[0] ?? text;
}
