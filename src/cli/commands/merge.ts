/**
 * `mirrorlab merge`: combine results databases — typically the shard databases of
 * a cluster sweep — into one. Completed runs are copied with their artifacts;
 * the source files are only read. Every source is checked before the target is
 * touched, and the summary of every sweep involved is written afterwards.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { openStore } from '../../node.js';
import { summaryJson, summaryRows, sweepSummary, textTable, writeSweepSummary } from '../../sweep/index.js';
import { type DbOptions, dbFile, openForWriting, resultsDir } from '../db.js';
import { UsageError } from '../errors.js';
import { addDbOption, addJsonOption } from '../options.js';
import { note, printJson, printText } from '../output.js';

interface MergeOptions extends DbOptions {
  json?: boolean;
}

export function registerMerge(program: Command): void {
  const cmd = program
    .command('merge')
    .description('combine results databases (e.g. the shards of a cluster sweep) into the --db database')
    .argument('<databases...>', 'database files to copy completed runs from (only read)');
  addDbOption(cmd);
  addJsonOption(cmd)
    .addHelpText(
      'after',
      `
Runs already present are skipped, so merging again is harmless. Sweeps found in the
sources get their summary (table and figures) in sweeps/<sweep-id>/ next to the target.

Examples:
  mirrorlab merge --db results/all.db results/shard-*.db
  mirrorlab merge laptop.db cluster.db --json`,
    )
    .action((sources: string[], o: MergeOptions) => {
      const target = dbFile(o);
      const files = sources.map((s) => path.resolve(s));
      if (files.includes(target)) throw new UsageError(`cannot merge ${target} into itself`);
      // Check every source first: a bad one must not leave the target half-merged.
      const sweeps = new Set<string>();
      for (const f of files) {
        const s = openStore(f, { readonly: true });
        try {
          for (const r of s.listRuns({ status: 'completed' })) if (r.sweepId) sweeps.add(r.sweepId);
        } finally {
          s.close();
        }
      }
      const store = openForWriting(target);
      try {
        const merged = files.map((f) => ({ file: f, runs: store.mergeFrom(f) }));
        const total = merged.reduce((n, m) => n + m.runs, 0);
        const summaries = [...sweeps].sort().map((id) => {
          const summary = sweepSummary(store, id);
          const written = writeSweepSummary(summary, path.join(resultsDir(target), 'sweeps', id));
          return { summary, files: written };
        });
        if (o.json) {
          printJson({
            db: target,
            merged,
            runs: total,
            sweeps: summaries.map((s) => ({ ...summaryJson(s.summary), files: s.files })),
          });
          return;
        }
        note(`merged ${total} runs from ${files.length} files into ${target}`);
        for (const s of summaries) {
          const { header, rows } = summaryRows(s.summary, false);
          printText(`sweep ${s.summary.id} (${s.summary.spec.experiment})\n${textTable(header, rows)}`);
          if (s.files.length > 0) note(`summary and figures in ${path.dirname(s.files[0]!)}`);
        }
      } finally {
        store.close();
      }
    });
}
