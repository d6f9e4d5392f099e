/** Process entry of the CLI (bin/mirrorlab.js runs the compiled copy of this file). */
import { main } from './main.js';

// `mirrorlab … | head`: the reader left; stop quietly, as Unix tools do.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

process.exitCode = await main(process.argv.slice(2));
