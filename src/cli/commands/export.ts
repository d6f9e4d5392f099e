/**
 * `mirrorlab export <run-id>`: a stored run's data for other tools — NWB 2.x for
 * neurophysiology tools and archives (units with spike times, area and class;
 * trials with their conditions), CSV for spreadsheets, R and pandas, JSON for the rest.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import {
  csvDocument,
  type Recording,
  type RunDetails,
  type RunStore,
  recordingToJson,
  spikesToCsv,
  trialsToCsv,
  writeNwb,
} from '../../node.js';
import { isStoredMetric, loadRecording, loadStoredRun } from '../../report/index.js';
import { type DbOptions, dbFile, openForReading } from '../db.js';
import { UsageError } from '../errors.js';
import { writeFileAtomic } from '../io.js';
import { addDbOption } from '../options.js';
import { note, writeOut } from '../output.js';

const FORMATS = ['nwb', 'csv', 'json'] as const;
const DATA = ['metrics', 'subjects', 'criteria', 'spikes', 'trials'] as const;
type Format = (typeof FORMATS)[number];
type Data = (typeof DATA)[number];

interface ExportOptions extends DbOptions {
  format: string;
  data?: string;
  out?: string;
}

function checkOptions(o: ExportOptions): { format: Format; data: Data; out: string | undefined } {
  if (!FORMATS.includes(o.format as Format))
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${o.format}"`);
  const format = o.format as Format;
  if (o.data !== undefined && !DATA.includes(o.data as Data))
    throw new UsageError(`--data must be one of ${DATA.join(', ')}, got "${o.data}"`);
  if (format === 'nwb') {
    if (o.data !== undefined)
      throw new UsageError('--data is for csv and json: an NWB file holds the whole recording');
    if (o.out === undefined || o.out === '-') throw new UsageError('--format nwb needs --out <file.nwb>');
  }
  if (o.out !== undefined && o.out !== '') {
    const dir = path.dirname(path.resolve(o.out));
    if (!fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory())
      throw new UsageError(`cannot write ${o.out}: folder ${dir} does not exist`);
    if (fs.statSync(o.out, { throwIfNoEntry: false })?.isDirectory())
      throw new UsageError(`--out ${o.out} is a folder; give a file name`);
  }
  return { format, data: (o.data as Data | undefined) ?? 'metrics', out: o.out === '-' ? undefined : o.out };
}

function completedRun(store: RunStore, id: string): RunDetails {
  const run = store.getRun(id);
  if (run.status !== 'completed')
    throw new UsageError(`run ${id} is ${run.status}: only completed runs have results to export`);
  return run;
}

function recordingOf(store: RunStore, id: string): Recording {
  const rec = loadRecording(store, id);
  if (rec === null)
    throw new UsageError(`run ${id} has no recording stored (its experiment records no units)`);
  return rec;
}

/** Metrics in long form: one row per metric with its mean and 95% CI. */
function metricsCsv(run: RunDetails): string {
  const rows = Object.entries(run.metrics ?? {}).map(([name, m]) =>
    isStoredMetric(m) ? [name, m.unit, m.n, m.mean, m.low, m.high] : [name, '', '', String(m), '', ''],
  );
  return csvDocument(['metric', 'unit', 'n', 'mean', 'ci_low', 'ci_high'], rows);
}

function tableText(store: RunStore, run: RunDetails, format: 'csv' | 'json', data: Data): string {
  const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;
  const perSubject = () => loadStoredRun(store, run.id).result?.perSubject ?? [];
  switch (data) {
    case 'metrics':
      return format === 'csv' ? metricsCsv(run) : json(run.metrics);
    case 'criteria':
      return format === 'csv'
        ? csvDocument(
            ['criterion', 'passed', 'measured', 'expected', 'description'],
            (run.criteria ?? []).map((c) => [
              c.id,
              c.passed,
              String(c.measured),
              String(c.expected),
              c.description,
            ]),
          )
        : json(run.criteria);
    case 'subjects':
      return format === 'csv'
        ? csvDocument(
            ['subject', 'seed', 'metric', 'value'],
            perSubject().flatMap((s) =>
              Object.entries(s.metrics).map(([k, v]) => [s.subject, s.seed, k, v as number | null]),
            ),
          )
        : json(perSubject());
    case 'spikes': {
      const rec = recordingOf(store, run.id);
      return format === 'csv' ? spikesToCsv(rec) : recordingToJson(rec);
    }
    case 'trials': {
      const rec = recordingOf(store, run.id);
      return format === 'csv' ? trialsToCsv(rec) : json(rec.trials);
    }
  }
}

export function registerExport(program: Command): void {
  const cmd = program
    .command('export')
    .description(
      'export a stored run: NWB (recorded units and trials), CSV or JSON (metrics, spike trains, …)',
    )
    .argument('<run-id>', 'the run (see `mirrorlab runs`)')
    .requiredOption('--format <format>', `${FORMATS.join(', ')}`)
    .option(
      '--data <what>',
      `for csv and json: ${DATA.join(', ')} (default metrics; spikes in JSON is the whole recording)`,
    )
    .option('--out <file>', 'output file (csv and json: default standard output)');
  addDbOption(cmd).addHelpText(
    'after',
    `
NWB files (NWB 2.7) hold every recorded unit of every subject in /units (spike_times,
area, classification, subject) and the trials in /intervals/trials (condition, subject,
start, stop, alignment); all times in seconds.

Examples:
  mirrorlab export 0mhx3k2a1-4f8k2q --format nwb --out gallese1996.nwb
  mirrorlab export 0mhx3k2a1-4f8k2q --format csv --data spikes --out spikes.csv
  mirrorlab export 0mhx3k2a1-4f8k2q --format csv --data metrics
  mirrorlab export 0mhx3k2a1-4f8k2q --format json --data subjects > per-subject.json`,
  );
  cmd.action(async (id: string, o: ExportOptions) => {
    const { format, data, out } = checkOptions(o);
    const store = openForReading(dbFile(o));
    try {
      const run = completedRun(store, id);
      if (format === 'nwb') {
        const rec = recordingOf(store, id);
        const title = loadStoredRun(store, id).result?.title ?? run.experiment;
        await writeNwb(rec, out!, {
          identifier: `mirrorlab-run-${id}`,
          sessionDescription: `${run.experiment}: ${title} (mirrorlab run ${id}, seed ${run.seed})`,
          sessionStartTime: new Date(run.startedAt),
        });
        note(`wrote ${rec.units.length} units and ${rec.trials.length} trials to ${out}`);
        return;
      }
      const text = tableText(store, run, format, data);
      if (out === undefined) writeOut(text);
      else {
        writeFileAtomic(out, text);
        note(`wrote ${data} of run ${id} to ${out}`);
      }
    } finally {
      store.close();
    }
  });
}
