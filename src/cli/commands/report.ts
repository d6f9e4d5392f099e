/**
 * `mirrorlab report <run-id>`: rebuild a run's report folder from the database —
 * byte for byte what `mirrorlab run` wrote, since both are made from the stored run.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { REPORT_FILES, writeRunFolder } from '../../report/index.js';
import { type DbOptions, dbFile, openForReading, resultsDir } from '../db.js';
import { addDbOption, addJsonOption } from '../options.js';
import { checkOutDir } from '../out-dir.js';
import { note, printJson, printText } from '../output.js';

interface ReportOptions extends DbOptions {
  outDir?: string;
  json?: boolean;
}

export function registerReport(program: Command): void {
  const cmd = program
    .command('report')
    .description('write the HTML and Markdown report of a stored run, with its figures (SVG and PNG)')
    .argument('<run-id>', 'the run (see `mirrorlab runs`)')
    .option('--out-dir <dir>', 'report folder (default: runs/<run-id>/ next to the database)');
  addDbOption(cmd);
  addJsonOption(cmd)
    .addHelpText(
      'after',
      `
Writes report.html (self-contained), report.md, result.json and figures/*.svg, *.png.

Examples:
  mirrorlab report 0mhx3k2a1-4f8k2q
  mirrorlab report 0mhx3k2a1-4f8k2q --out-dir paper/figure-2 --json`,
    )
    .action((id: string, o: ReportOptions) => {
      const outDir = o.outDir === undefined ? undefined : checkOutDir(o.outDir);
      const file = dbFile(o);
      const store = openForReading(file);
      try {
        store.getRun(id); // an unknown id is bad input: checked before any folder is made
        const dir = outDir ?? path.join(resultsDir(file), 'runs', id);
        const files = writeRunFolder(store, id, dir);
        const report = path.join(dir, REPORT_FILES.html);
        if (o.json) printJson({ run: id, dir, report, files });
        else {
          printText(report);
          note(`wrote ${files.length} files to ${dir}`);
        }
      } finally {
        store.close();
      }
    });
}
