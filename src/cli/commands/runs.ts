/**
 * `mirrorlab runs`: the runs in the results database, newest first. Opening the
 * database marks runs whose process has died as interrupted, so the list never
 * shows a dead run as running.
 */
import type { Command } from 'commander';
import { RUN_STATUSES, type RunQuery, type RunRecord, type RunStatus } from '../../node.js';
import { formatDuration } from '../../report/index.js';
import { textTable } from '../../sweep/index.js';
import { type DbOptions, dbFile, openForReading } from '../db.js';
import { UsageError } from '../errors.js';
import { numberOption } from '../io.js';
import { addDbOption, addJsonOption } from '../options.js';
import { note, printJson, printText } from '../output.js';

interface RunsOptions extends DbOptions {
  experiment?: string;
  status?: string;
  sweep?: string;
  limit?: string;
  json?: boolean;
}

export function runsQuery(o: RunsOptions): RunQuery {
  const q: RunQuery = {};
  if (o.experiment !== undefined) q.experiment = o.experiment;
  if (o.status !== undefined) {
    if (!RUN_STATUSES.includes(o.status as RunStatus))
      throw new UsageError(`--status must be one of ${RUN_STATUSES.join(', ')}, got "${o.status}"`);
    q.status = o.status as RunStatus;
  }
  if (o.sweep !== undefined) q.sweepId = o.sweep;
  const limit = numberOption(o.limit, '--limit', { integer: true, min: 1 });
  if (limit !== undefined) q.limit = limit;
  return q;
}

function row(r: RunRecord): string[] {
  const criteria = r.criteria ? `${r.criteria.filter((c) => c.passed).length}/${r.criteria.length}` : '';
  return [
    r.id,
    r.experiment,
    r.status,
    r.startedAt.replace('T', ' ').replace(/\.\d+Z$/, 'Z'),
    formatDuration(r.startedAt, r.endedAt) ?? '',
    String(r.seed),
    String(r.subjects),
    criteria,
    r.sweepId ? `${r.sweepId}: ${r.pointKey}` : '',
  ];
}

export function registerRuns(program: Command): void {
  const cmd = program
    .command('runs')
    .description('list the runs in the results database, newest first')
    .option('--experiment <id>', 'only runs of this experiment')
    .option('--status <status>', `only runs with this status (${RUN_STATUSES.join(', ')})`)
    .option('--sweep <id>', 'only the runs of this sweep')
    .option('--limit <N>', 'at most N runs (the newest)');
  addDbOption(cmd);
  addJsonOption(cmd)
    .addHelpText(
      'after',
      `
Runs whose process died (killed, crashed, a lost node) are marked interrupted.
--json prints an array of runs with their parameters, metrics and criteria.

Examples:
  mirrorlab runs
  mirrorlab runs --experiment gallese1996 --status completed --json
  mirrorlab runs --db shards/merged.db --sweep sweep-3f9a0c1b2d4e`,
    )
    .action((o: RunsOptions) => {
      const query = runsQuery(o);
      const file = dbFile(o);
      const store = openForReading(file);
      try {
        const runs = store.listRuns(query);
        if (o.json) {
          printJson(runs);
          return;
        }
        if (runs.length === 0) {
          note(`no runs${Object.keys(query).length ? ' match' : ''} in ${file}`);
          return;
        }
        printText(
          textTable(
            ['run', 'experiment', 'status', 'started', 'took', 'seed', 'subjects', 'criteria', 'sweep point'],
            runs.map(row),
          ),
        );
      } finally {
        store.close();
      }
    });
}
