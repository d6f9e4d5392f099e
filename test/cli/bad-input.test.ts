/**
 * Bad input gets one line on standard error naming what was wrong, exit status 2,
 * and nothing written: no database, no folder, no report.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { openStore } from '../../src/node.js';
import { cli, runCli, tempDir } from './run-cli.js';

const dir = tempDir();

/** A fresh, empty working directory; the command must leave it empty. */
async function rejects(args: string[], pattern: RegExp, env: Record<string, string | undefined> = {}) {
  const cwd = fs.mkdtempSync(path.join(dir, 'cwd-'));
  const r = await cli(args, { cwd, env: { MIRRORLAB_DB: undefined, ...env } });
  assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
  assert.equal(r.stdout, '', `${args.join(' ')} printed on standard output`);
  const lines = r.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, `one line for ${args.join(' ')}:\n${r.stderr}`);
  assert.match(lines[0]!, /^mirrorlab: /);
  assert.match(lines[0]!, pattern);
  assert.deepEqual(fs.readdirSync(cwd), [], `${args.join(' ')} wrote ${fs.readdirSync(cwd).join(', ')}`);
  return lines[0]!;
}

test('unknown experiment', async () => {
  await rejects(['run', 'gallese1997'], /unknown experiment "gallese1997" \(known: gallese1996/);
  await rejects(['describe', 'nope'], /unknown experiment "nope"/);
  await rejects(['sweep', 'nope', '--grid', 'trials=2,3'], /unknown experiment "nope"/);
});

test('unknown parameter path, named in full with the --set it came from', async () => {
  await rejects(
    ['run', 'gallese1996', '--set', 'trails=3'],
    /--set trails=3: unknown parameter trails \(known: .*trials/,
  );
  await rejects(
    ['run', 'gallese1996', '--set', 'agent.brain.learning.ruel=hebbian'],
    /--set agent\.brain\.learning\.ruel=hebbian: unknown parameter agent\.brain\.learning\.ruel \(known there: rule,/,
  );
  await rejects(['run', 'gallese1996', '--set', 'trials'], /--set needs path=value/);
  await rejects(
    ['sweep', 'gallese1996', '--grid', 'agent.brian.scale=1,2'],
    /unknown parameter agent\.brian/,
  );
});

test('value out of range or of the wrong type', async () => {
  await rejects(['run', 'gallese1996', '--set', 'trials=1'], /--set trials=1: parameter trials: .*>=2/);
  await rejects(['run', 'gallese1996', '--set', 'subjects=many'], /parameter subjects: .*expected number/);
  await rejects(
    ['run', 'gallese1996', '--set', 'agent.brain.learning.rule=oja'],
    /parameter agent\.brain\.learning\.rule: .*"delta"\|"hebbian"/,
  );
  await rejects(['run', 'gallese1996', '--subjects', '0'], /--subjects must be ≥ 1/);
  await rejects(['run', 'gallese1996', '--seed', 'x'], /--seed must be a number/);
  await rejects(['sweep', 'gallese1996', '--grid', 'trials=4,1'], /--grid trials=1: parameter trials/);
  await rejects(['sweep', 'gallese1996', '--grid', 'trials=2,3', '--shard', '2/2'], /--shard 2\/2/);
  await rejects(
    ['runs', '--status', 'done'],
    /--status must be one of running, completed, failed, interrupted/,
  );
  await rejects(['export', 'x', '--format', 'xls'], /--format must be one of nwb, csv, json/);
});

test('unreadable or missing database', async () => {
  const text = path.join(dir, 'notes.txt');
  fs.writeFileSync(text, 'not a database\n');
  const before = fs.readFileSync(text);
  await rejects(['run', 'gallese1996', '--db', text], /notes\.txt is not a SQLite database/);
  await rejects(['run', 'gallese1996'], /notes\.txt is not a SQLite database/, { MIRRORLAB_DB: text });
  await rejects(['sweep', 'gallese1996', '--grid', 'trials=2,3', '--db', text], /not a SQLite database/);
  await rejects(['runs', '--db', dir], /is a folder, not a database file/);
  await rejects(['runs'], /no results database at .*mirrorlab-results.mirrorlab\.db/);
  await rejects(['report', 'abc', '--db', path.join(dir, 'none.db')], /no results database at/);
  await rejects(
    ['merge', path.join(dir, 'none.db'), '--db', path.join(dir, 'target.db')],
    /no results database/,
  );
  assert.deepEqual(fs.readFileSync(text), before, 'the file is left as it was');
  assert.ok(!fs.existsSync(path.join(dir, 'target.db')));
});

test('unknown run id', async () => {
  const db = path.join(dir, 'empty.db');
  openStore(db).close();
  await rejects(['report', 'no-such-run', '--db', db], /no run no-such-run in /);
  await rejects(['export', 'no-such-run', '--format', 'csv', '--db', db], /no run no-such-run in /);
});

test('a missing argument or unknown option is one line too', async () => {
  await rejects(['run'], /missing required argument 'experiment'/);
  await rejects(['runs', '--colour'], /unknown option '--colour'/);
  await rejects(['sweep', 'gallese1996'], /a sweep needs at least one --grid path=v1,v2/);
});

test('the real process exits with status 2', () => {
  const r = runCli(['run', 'nope']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^mirrorlab: unknown experiment "nope" \(known: [^)]+\)\n$/);
  assert.equal(r.stdout, '');
});
