/** `mirrorlab validate`: run every experiment and print one table of criteria. */
import type { Command } from 'commander';
import { EXPERIMENTS } from '../../node.js';
import { executeRun } from './run.js';

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description(
      'run every registered experiment and check its reproduction criteria (exit status 1 if any fails)',
    )
    .option('--quick', 'the quick form: fewer subjects and trials, the same criteria')
    .option('--seed <S>', 'master seed', '1')
    .option('--workers <K>', 'worker threads (default: the number of cores)')
    .option('--no-cache', 'develop every agent anew')
    .option('--json', 'print a JSON array of criteria')
    .action(
      async (o: { quick?: boolean; seed: string; workers?: string; cache: boolean; json?: boolean }) => {
        const rows: {
          experiment: string;
          criterion: string;
          measured: string;
          expected: string;
          passed: boolean;
        }[] = [];
        for (const e of EXPERIMENTS) {
          process.stderr.write(`running ${e.id}${o.quick ? ' (quick)' : ''}…\n`);
          const { run } = await executeRun(e.id, {
            seed: o.seed,
            set: [],
            cache: o.cache,
            ...(o.quick ? { quick: true } : {}),
            ...(o.workers ? { workers: o.workers } : {}),
          });
          for (const c of run.criteria)
            rows.push({
              experiment: e.id,
              criterion: c.id,
              measured: c.measured,
              expected: c.expected,
              passed: c.passed,
            });
        }
        if (o.json) process.stdout.write(`${JSON.stringify(rows)}\n`);
        else {
          const w = [10, 9, 8].map((min, k) =>
            Math.max(min, ...rows.map((r) => [r.experiment, r.criterion, r.measured][k]!.length)),
          );
          const line = (a: string, b: string, c: string, d: string, p: string) =>
            `${a.padEnd(w[0]!)}  ${b.padEnd(w[1]!)}  ${c.padEnd(w[2]!)}  ${d}  ${p}`;
          process.stdout.write(`${line('experiment', 'criterion', 'measured', 'expected', 'pass')}\n`);
          for (const r of rows)
            process.stdout.write(
              `${line(r.experiment, r.criterion, r.measured, r.expected, r.passed ? 'yes' : 'NO')}\n`,
            );
          const failed = rows.filter((r) => !r.passed).length;
          process.stdout.write(`\n${rows.length - failed} of ${rows.length} criteria met\n`);
        }
        if (rows.some((r) => !r.passed)) process.exitCode = 1;
      },
    );
}
