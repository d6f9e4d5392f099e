/**
 * Where results go when the user names no file: `MIRRORLAB_DB` lets a cluster job
 * or a shell profile point every run at one database (or one per shard); otherwise a
 * `mirrorlab-results` folder in the working directory keeps results next to the
 * project that produced them.
 */
import path from 'node:path';

export const DB_ENV_VAR = 'MIRRORLAB_DB';

/** The database file to use: `MIRRORLAB_DB` if set, else `<cwd>/mirrorlab-results/mirrorlab.db`. */
export function defaultDbPath(
  env: Readonly<Record<string, string | undefined>> = process.env,
  cwd: string = process.cwd(),
): string {
  const fromEnv = env[DB_ENV_VAR];
  if (fromEnv !== undefined && fromEnv.trim() !== '') return path.resolve(cwd, fromEnv);
  return path.join(path.resolve(cwd), 'mirrorlab-results', 'mirrorlab.db');
}
