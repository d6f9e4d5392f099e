/** `mirrorlab validate`: run every experiment, store the runs and print one table of criteria. */
import type { Command } from 'commander';
import { EXPERIMENTS } from '../../node.js';
import { type DbOptions, dbFile, openForWriting } from '../db.js';
import { errorLine } from '../errors.js';
import { addDbOption, addJsonOption } from '../options.js';
import { note, printJson, printText } from '../output.js';
import { markFailed } from '../status.js';
import { performRun, prepareRun } from './run.js';

interface ValidateOptions extends DbOptions {
  quick?: boolean;
  seed: string;
  workers?: string;
  cache: boolean;
  json?: boolean;
}

interface Row {
  experiment: string;
  run: string;
  criterion: string;
  measured: string;
  expected: string;
  passed: boolean;
}

export function registerValidate(program: Command): void {
  const cmd = program
    .command('validate')
    .description(
      'run every registered experiment and check its reproduction criteria (exit status 1 if any fails)',
    )
    .option('--quick', 'the quick form: fewer subjects and trials, the same criteria')
    .option('--seed <S>', 'master seed', '1')
    .option('--workers <K>', 'worker threads (default: the number of cores)')
    .option('--no-cache', 'develop every agent anew');
  addDbOption(cmd);
  addJsonOption(cmd)
    .addHelpText('after', '\nExamples:\n  mirrorlab validate --quick\n  mirrorlab validate --seed 3 --json')
    .action(async (o: ValidateOptions) => {
      const prepared = EXPERIMENTS.map((e) =>
        prepareRun(e.id, {
          seed: o.seed,
          set: [],
          cache: o.cache,
          ...(o.quick ? { quick: true } : {}),
          ...(o.workers ? { workers: o.workers } : {}),
          ...(o.db ? { db: o.db } : {}),
        }),
      );
      const rows: Row[] = [];
      let failedRuns = 0;
      const store = openForWriting(dbFile(o));
      try {
        for (const p of prepared) {
          note(`running ${p.plan.experiment}${o.quick ? ' (quick)' : ''}…`);
          const r = await performRun(p, store);
          if (!r.ok) {
            note(`mirrorlab: run ${r.id} of ${p.plan.experiment} failed: ${errorLine(r.error)}`);
            failedRuns++;
            continue;
          }
          for (const c of r.run.criteria)
            rows.push({
              experiment: p.plan.experiment,
              run: r.id,
              criterion: c.id,
              measured: c.measured,
              expected: c.expected,
              passed: c.passed,
            });
        }
      } finally {
        store.close();
      }
      if (o.json) printJson(rows);
      else {
        const w = [10, 9, 8].map((min, k) =>
          Math.max(min, ...rows.map((r) => [r.experiment, r.criterion, r.measured][k]!.length)),
        );
        const line = (a: string, b: string, c: string, d: string, p: string) =>
          `${a.padEnd(w[0]!)}  ${b.padEnd(w[1]!)}  ${c.padEnd(w[2]!)}  ${d}  ${p}`;
        const out = [line('experiment', 'criterion', 'measured', 'expected', 'pass')];
        for (const r of rows)
          out.push(line(r.experiment, r.criterion, r.measured, r.expected, r.passed ? 'yes' : 'NO'));
        const failed = rows.filter((r) => !r.passed).length;
        out.push('', `${rows.length - failed} of ${rows.length} criteria met`);
        printText(out.join('\n'));
      }
      if (failedRuns > 0 || rows.some((r) => !r.passed)) markFailed();
    });
}
