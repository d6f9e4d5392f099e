/**
 * Ctrl-C (or SIGTERM from a scheduler) during a run: say what becomes of the run
 * and leave at once. Signal handlers run between JavaScript tasks, so no database
 * transaction is ever half-done when one runs; the run stays `running` in the
 * database and the next command marks it `interrupted`.
 */
import { note } from './output.js';

export function exitOnSignals(describe: () => string, cleanup: () => void = () => undefined): () => void {
  const handler = (signal: NodeJS.Signals) => {
    note(`\nmirrorlab: ${signal}: ${describe()}`);
    try {
      cleanup();
    } finally {
      process.exit(signal === 'SIGINT' ? 130 : 143);
    }
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
}
