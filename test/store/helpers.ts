/** Shared helpers for the results-database tests. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after } from 'node:test';
import Database from 'better-sqlite3';
import { type RunCompletion, type RunStart, StoreError, type StoreErrorCode } from '../../src/store/index.js';

/** A fresh temporary folder, removed when the test file ends. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mirrorlab-store-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** The 8-byte PNG signature followed by every byte value: binary content that text handling would mangle. */
export const PNG_BYTES = new Uint8Array([
  0x89,
  0x50,
  0x4e,
  0x47,
  0x0d,
  0x0a,
  0x1a,
  0x0a,
  ...Array.from({ length: 256 }, (_, i) => i),
]);

export const SVG_TEXT =
  '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>µ ≥ 0.5 — ✓ 鏡</text></svg>\n';

export function sampleStart(overrides: Partial<RunStart> = {}): RunStart {
  return {
    experiment: 'gallese-1996',
    params: { monkeys: 2, trials: { execute: 10, observe: 10 }, areas: ['F5', 'PF'], noise: -0.25 },
    seed: 42,
    subjects: 2,
    version: '0.1.0',
    ...overrides,
  };
}

export function sampleCompletion(): RunCompletion {
  return {
    metrics: { mirrorFraction: 0.17, units: 532, perArea: { F5: 0.21, PF: 0.12 } },
    criteria: [
      {
        id: 'mirror-fraction',
        description: 'about 17% of F5 units are mirror neurons',
        passed: true,
        measured: 0.17,
        expected: { min: 0.1, max: 0.25 },
      },
    ],
    artifacts: [
      { name: 'figure-1.png', mediaType: 'image/png', content: PNG_BYTES },
      { name: 'figure-1.svg', mediaType: 'image/svg+xml', content: SVG_TEXT },
    ],
  };
}

/** Assert that `fn` throws a StoreError of this code whose one-line message contains every `parts`. */
export function assertStoreError(fn: () => unknown, code: StoreErrorCode, ...parts: string[]): StoreError {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  assert.ok(caught instanceof StoreError, `expected a StoreError, got ${String(caught)}`);
  assert.equal(caught.code, code, caught.message);
  assert.ok(!caught.message.includes('\n'), `message is not one line: ${caught.message}`);
  for (const p of parts) assert.ok(caught.message.includes(p), `"${caught.message}" lacks "${p}"`);
  return caught;
}

/** Run `fn` on a plain SQLite connection: the tests' way to reach past the API (tampering, crafted rows). */
export function withRawDb<T>(file: string, fn: (db: Database.Database) => T): T {
  const db = new Database(file);
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

/** The id of a process that has exited (so no longer exists). */
export function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', '']);
  assert.ok(r.pid !== undefined && r.pid > 0);
  return r.pid;
}
