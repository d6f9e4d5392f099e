/** `mirrorlab list`: the registered experiments. */
import type { Command } from 'commander';
import { EXPERIMENTS } from '../../node.js';

export function registerList(program: Command): void {
  program
    .command('list')
    .description('list the experiments mirrorlab reproduces')
    .option('--json', 'print a JSON array')
    .action((o: { json?: boolean }) => {
      const rows = EXPERIMENTS.map((e) => ({ id: e.id, title: e.title, citation: e.published.citation }));
      if (o.json) {
        process.stdout.write(`${JSON.stringify(rows)}\n`);
        return;
      }
      const w = Math.max(...rows.map((r) => r.id.length));
      for (const r of rows) process.stdout.write(`${r.id.padEnd(w)}  ${r.title}\n`);
    });
}
