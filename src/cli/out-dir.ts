/** Output folders given on the command line, checked before anything is run or written. */
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from './errors.js';

/** A folder we may create or write into: not an existing file. Returns it absolute. */
export function checkOutDir(dir: string, option = '--out-dir'): string {
  const abs = path.resolve(dir);
  const stat = fs.statSync(abs, { throwIfNoEntry: false });
  if (stat && !stat.isDirectory()) throw new UsageError(`${option} ${dir} is a file, not a folder`);
  return abs;
}
