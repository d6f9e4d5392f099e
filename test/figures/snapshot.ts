/**
 * Snapshot assertions for figures, in the manner of Observable Plot's own tests: a canonical figure
 * rendered from fixed data must equal `snapshots/<name>.svg`.
 *
 * - On a difference, the new rendering is written to `snapshots/<name>-changed.svg` (open both side
 *   by side) and the test fails.
 * - With `UPDATE_SNAPSHOTS=1`, the snapshot is rewritten instead.
 * - A missing snapshot is written on first run, except under `CI`, where it fails.
 *
 * Snapshots are stored with one element per line (outside `<text>`, where whitespace would show) so
 * that reviews see readable diffs; numbers are compared to two decimals so that floating-point noise
 * between platforms does not count as a change.
 */

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

const DIR = path.join(import.meta.dirname, 'snapshots');

export function assertSnapshot(name: string, svg: string): void {
  const file = path.join(DIR, `${name}.svg`);
  const changedFile = path.join(DIR, `${name}-changed.svg`);
  const actual = formatSvg(svg);
  fs.mkdirSync(DIR, { recursive: true });
  if (process.env.UPDATE_SNAPSHOTS === '1' || (!fs.existsSync(file) && !process.env.CI)) {
    fs.writeFileSync(file, actual);
    fs.rmSync(changedFile, { force: true });
    return;
  }
  if (!fs.existsSync(file)) assert.fail(`missing snapshot ${path.relative(process.cwd(), file)}`);
  const expected = fs.readFileSync(file, 'utf8');
  if (normalizeNumbers(expected) === normalizeNumbers(actual)) {
    fs.rmSync(changedFile, { force: true });
    return;
  }
  fs.writeFileSync(changedFile, actual);
  assert.fail(
    `${name}: rendering differs from ${path.relative(process.cwd(), file)}; ` +
      `see ${path.relative(process.cwd(), changedFile)} (UPDATE_SNAPSHOTS=1 to accept)`,
  );
}

/** Puts each element on its own line, except inside `<text>` elements. */
export function formatSvg(svg: string): string {
  let out = '';
  let inText = 0;
  for (let i = 0; i < svg.length; i++) {
    const ch = svg[i]!;
    if (ch === '<') {
      if (svg.startsWith('<text', i)) inText++;
      else if (svg.startsWith('</text', i)) inText--;
    }
    out += ch;
    if (ch === '>' && svg[i + 1] === '<' && inText === 0) out += '\n';
  }
  return `${out}\n`;
}

function normalizeNumbers(text: string): string {
  return text.replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100));
}
