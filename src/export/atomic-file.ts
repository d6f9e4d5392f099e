/**
 * Write-then-rename, so that an export either appears complete or not at all: a
 * crash or an error half-way leaves no truncated file where a reader (or the next
 * analysis step) would take it for a finished one.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Run `write(tmpPath)` to produce the file at a temporary path in the same folder
 * (so the rename cannot cross file systems), then rename it over `file`. On any
 * error the temporary file is removed and the error is thrown again. A missing
 * folder is reported up front with a clear message rather than as a low-level I/O error.
 */
export async function writeFileAtomically(
  file: string,
  write: (tmpPath: string) => void | Promise<void>,
): Promise<void> {
  const target = path.resolve(file);
  const dir = path.dirname(target);
  const stat = await fs.stat(dir).catch(() => null);
  if (stat === null) throw new Error(`cannot write ${file}: folder ${dir} does not exist`);
  if (!stat.isDirectory()) throw new Error(`cannot write ${file}: ${dir} is not a folder`);
  const tmp = path.join(
    dir,
    `.${path.basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    await write(tmp);
  } catch (error) {
    await fs.rm(tmp, { force: true });
    throw error;
  }
  try {
    await fs.rename(tmp, target);
  } catch (error) {
    await fs.rm(tmp, { force: true });
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new Error(`cannot write ${file}: it could not take the place of what is there (${code})`, {
      cause: error,
    });
  }
}
