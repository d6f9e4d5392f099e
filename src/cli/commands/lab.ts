/**
 * `mirrorlab lab`: serve the browser lab. The simulation runs in the visitor's
 * browser (a Web Worker); this only hands out the built page and, read-only, the
 * runs stored in the results database. Listens on 127.0.0.1 unless told otherwise:
 * the lab is for this machine unless the user chooses to share it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { createLabServer, listen } from '../../lab-server/server.js';
import { type DbOptions, dbFile } from '../db.js';
import { UsageError } from '../errors.js';
import { numberOption } from '../io.js';
import { addDbOption } from '../options.js';
import { note, printText, writeErr } from '../output.js';
import { markFailed } from '../status.js';

export const DEFAULT_LAB_PORT = 5178;

interface LabOptions extends DbOptions {
  port?: string;
  host: string;
  dir?: string;
}

/** The built lab of this mirrorlab: web/dist in the package (from src/cli/commands or dist/cli/commands). */
export function builtLabDir(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../web/dist');
}

export function registerLab(program: Command): void {
  const cmd = program
    .command('lab')
    .description('serve the browser lab (the simulation runs in the browser) and the stored runs, read-only')
    .option('--port <P>', `port to listen on (0: any free port; default ${DEFAULT_LAB_PORT})`)
    .option('--host <H>', 'address to listen on (0.0.0.0 shares the lab with the network)', '127.0.0.1')
    .option('--dir <folder>', 'serve this built lab instead of the one of this mirrorlab');
  addDbOption(cmd)
    .addHelpText(
      'after',
      `
Prints "Lab running at http://HOST:PORT/" and serves until Ctrl-C. Build the lab first
with \`npm run build:web\` (in the mirrorlab folder).

Examples:
  mirrorlab lab
  mirrorlab lab --port 8080
  mirrorlab lab --host 0.0.0.0 --db shared/mirrorlab.db`,
    )
    .action(async (o: LabOptions) => {
      const port = numberOption(o.port, '--port', { integer: true, min: 0, max: 65535 }) ?? DEFAULT_LAB_PORT;
      const root = path.resolve(o.dir ?? builtLabDir());
      if (!fs.existsSync(path.join(root, 'index.html'))) {
        if (o.dir !== undefined) throw new UsageError(`--dir ${o.dir} holds no built lab (no index.html)`);
        writeErr(`mirrorlab: the browser lab is not built (${root}): run \`npm run build:web\` first\n`);
        markFailed();
        return;
      }
      const database = dbFile(o);
      const server = createLabServer({ root, database });
      let url: string;
      try {
        url = await listen(server, o.host, port);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EADDRINUSE') throw new UsageError(`port ${port} is in use: choose another with --port`);
        if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND')
          throw new UsageError(`cannot listen on ${o.host}: not an address of this machine`);
        if (code === 'EACCES')
          throw new UsageError(`not allowed to listen on port ${port}: choose one above 1023`);
        throw e;
      }
      printText(`Lab running at ${url}`);
      note(
        fs.existsSync(database)
          ? `Stored runs from ${database} (read-only). Press Ctrl-C to stop.`
          : `No results database at ${database} yet. Press Ctrl-C to stop.`,
      );
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          server.close(() => resolve());
          server.closeAllConnections();
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
