/** `mirrorlab list`: the registered experiments. */
import type { Command } from 'commander';
import { EXPERIMENTS } from '../../node.js';
import { addJsonOption } from '../options.js';
import { printJson, printText } from '../output.js';

export function registerList(program: Command): void {
  const cmd = program.command('list').description('list the experiments mirrorlab reproduces');
  addJsonOption(cmd)
    .addHelpText('after', '\nExamples:\n  mirrorlab list\n  mirrorlab list --json')
    .action((o: { json?: boolean }) => {
      const rows = EXPERIMENTS.map((e) => ({ id: e.id, title: e.title, citation: e.published.citation }));
      if (o.json) {
        printJson(rows);
        return;
      }
      const w = Math.max(...rows.map((r) => r.id.length));
      printText(rows.map((r) => `${r.id.padEnd(w)}  ${r.title}`).join('\n'));
    });
}
