import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { openStore, SCHEMA_VERSION } from '../../src/store/index.js';
import { assertStoreError, sampleCompletion, sampleStart, tempDir, withRawDb } from './helpers.js';

const dir = tempDir();

/** A valid results file holding one completed run. */
function validStore(name: string): string {
  const file = path.join(dir, name);
  const store = openStore(file);
  store.completeRun(store.startRun(sampleStart()), sampleCompletion());
  store.close();
  return file;
}

/** Assert that opening fails (both ways) with `code`, naming the file, and leaves the file as it was. */
function assertRefused(file: string, code: Parameters<typeof assertStoreError>[1], what: string): void {
  const before = fs.readFileSync(file);
  for (const readonly of [false, true]) {
    assertStoreError(() => openStore(file, { readonly }), code, file, what);
  }
  assert.deepEqual(fs.readFileSync(file), before, 'the file was changed');
}

test('a file that is not SQLite is refused with one line naming it', () => {
  const file = path.join(dir, 'notes.db');
  fs.writeFileSync(file, 'seed,mirror fraction\n1,0.17\n');
  assertRefused(file, 'not-sqlite', 'is not a SQLite database');
  const tiny = path.join(dir, 'tiny.db');
  fs.writeFileSync(tiny, 'SQLite');
  assertRefused(tiny, 'not-sqlite', 'is not a SQLite database');
});

test('a damaged database is refused, and left untouched', () => {
  const file = validStore('damaged.db');
  const bytes = fs.readFileSync(file);
  bytes.fill(0xab, 100, 1024); // the schema page, past the 100-byte file header
  fs.writeFileSync(file, bytes);
  assertRefused(file, 'damaged', 'is damaged');

  const truncated = validStore('truncated.db');
  fs.truncateSync(truncated, 4096 + 100);
  assertRefused(truncated, 'damaged', 'is damaged');
});

test('unreadable paths are refused', () => {
  const folder = path.join(dir, 'a-folder.db');
  fs.mkdirSync(folder);
  assertStoreError(() => openStore(folder), 'unreadable', folder, 'is a folder');
  assertStoreError(() => openStore(folder, { readonly: true }), 'unreadable', folder);
});

test('a file without read permission is refused', {
  skip: process.getuid?.() === 0 && 'root reads everything',
}, () => {
  const file = validStore('secret.db');
  fs.chmodSync(file, 0o000);
  try {
    assertStoreError(() => openStore(file, { readonly: true }), 'unreadable', file);
  } finally {
    fs.chmodSync(file, 0o600);
  }
});

test('a database from a newer mirrorlab is refused, and left untouched', () => {
  const file = validStore('future.db');
  withRawDb(file, (db) => db.pragma(`user_version = ${SCHEMA_VERSION + 1}`));
  assertRefused(file, 'newer-format', 'newer mirrorlab');
});

test("another program's SQLite database is refused, and left untouched", () => {
  const file = path.join(dir, 'other-app.db');
  withRawDb(file, (db) => db.exec('CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES (1)'));
  assertRefused(file, 'not-mirrorlab', 'not mirrorlab results');
  const marked = path.join(dir, 'other-app-id.db');
  withRawDb(marked, (db) => db.pragma('application_id = 1234'));
  assertRefused(marked, 'not-mirrorlab', 'another program');
});

test('a missing file is created only when allowed', () => {
  const file = path.join(dir, 'sub', 'missing.db');
  assertStoreError(() => openStore(file, { create: false }), 'missing', file);
  assertStoreError(() => openStore(file, { readonly: true }), 'missing', file);
  assert.equal(fs.existsSync(path.dirname(file)), false, 'nothing may be created');
  const empty = path.join(dir, 'empty.db');
  fs.writeFileSync(empty, '');
  assertStoreError(() => openStore(empty, { readonly: true }), 'not-mirrorlab', empty, 'empty');
});
