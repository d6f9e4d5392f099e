/** File helpers for the CLI: reading input with clear errors, writing output atomically. */
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from './errors.js';

export function readJsonFile(file: string, what: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${what} ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new UsageError(`${what} ${file} is not valid JSON: ${(e as Error).message}`);
  }
}

/**
 * Write a file so that it is either complete or absent: write a temporary file in
 * the same folder, then rename it over the target.
 */
export function writeFileAtomic(
  file: string,
  data: string | Uint8Array,
  options: { createFolder?: boolean } = {},
): void {
  const dir = path.dirname(path.resolve(file));
  if (options.createFolder) fs.mkdirSync(dir, { recursive: true });
  if (!fs.existsSync(dir)) throw new UsageError(`cannot write ${file}: folder ${dir} does not exist`);
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

/** Parse a number option, naming the option in the error. */
export function numberOption(
  value: string | undefined,
  name: string,
  check: { integer?: boolean; min?: number; max?: number } = {},
): number | undefined {
  if (value === undefined) return undefined;
  const x = Number(value);
  if (value.trim() === '' || !Number.isFinite(x))
    throw new UsageError(`${name} must be a number, got "${value}"`);
  if (check.integer && !Number.isInteger(x)) throw new UsageError(`${name} must be an integer, got ${value}`);
  if (check.min !== undefined && x < check.min)
    throw new UsageError(`${name} must be ≥ ${check.min}, got ${value}`);
  if (check.max !== undefined && x > check.max)
    throw new UsageError(`${name} must be ≤ ${check.max}, got ${value}`);
  return x;
}
