/**
 * The SQL behind `listRuns`. Newest first means by start time, then id: ids made
 * in one process increase even within a millisecond, so the order is total and
 * stable, and a run merged in from another file sorts by when it ran, not by when
 * it arrived.
 */
import { StoreError } from './errors.js';
import { RUN_STATUSES, type RunQuery } from './types.js';

export function listQuery(query: RunQuery): { sql: string; params: Record<string, string | number> } {
  const where: string[] = [];
  const params: Record<string, string | number> = {};
  if (query.experiment !== undefined) {
    where.push('experiment = @experiment');
    params.experiment = query.experiment;
  }
  if (query.status !== undefined) {
    if (!RUN_STATUSES.includes(query.status)) {
      throw new StoreError(
        'invalid',
        `unknown run status ${String(query.status)} (known: ${RUN_STATUSES.join(', ')})`,
      );
    }
    where.push('status = @status');
    params.status = query.status;
  }
  if (query.sweepId !== undefined) {
    where.push('sweep_id = @sweepId');
    params.sweepId = query.sweepId;
  }
  let limit = '';
  if (query.limit !== undefined) {
    if (!Number.isSafeInteger(query.limit) || query.limit < 1) {
      throw new StoreError('invalid', `limit must be an integer ≥ 1, not ${query.limit}`);
    }
    limit = ' LIMIT @limit';
    params.limit = query.limit;
  }
  const filter = where.length > 0 ? ` WHERE ${where.join(' AND ')}` : '';
  return { sql: `SELECT * FROM runs${filter} ORDER BY started_at DESC, id DESC${limit}`, params };
}
