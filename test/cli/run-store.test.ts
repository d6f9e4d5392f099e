/**
 * `mirrorlab run` stores the run (parameters, seed, version, times, status,
 * metrics, criteria, artifacts), `runs` lists it, and `report` rebuilds its report
 * folder byte for byte from the database.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, test } from 'node:test';
import { openStore } from '../../src/node.js';
import { cli, TINY, tempDir } from './run-cli.js';

const dir = tempDir();
process.env.MIRRORLAB_CACHE = path.join(dir, 'cache');
const db = path.join(dir, 'results', 'lab.db');

let out: Record<string, any>;
before(async () => {
  const r = await cli(['run', 'gallese1996', ...TINY, '--seed', '3', '--db', db, '--json']);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.trim().split('\n').length, 1, 'one JSON document on standard output');
  out = JSON.parse(r.stdout);
});

/** Every file under a folder, with its bytes. */
function files(folder: string): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  for (const f of fs.readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort()) {
    const p = path.join(folder, f);
    if (fs.statSync(p).isFile()) found.set(f, fs.readFileSync(p));
  }
  return found;
}

test('run --json prints the run, and its artifacts are in runs/<id>/ next to the database', () => {
  for (const key of ['experiment', 'seed', 'subjects', 'metrics', 'criteria', 'artifacts', 'run'])
    assert.ok(key in out, `--json output has ${key}`);
  assert.equal(out.experiment, 'gallese1996');
  assert.equal(out.seed, 3);
  const folder = path.join(dir, 'results', 'runs', out.run);
  assert.deepEqual(
    [...files(folder).keys()].filter((f) => !f.startsWith('figures')),
    ['report.html', 'report.md', 'result.json'],
  );
  assert.ok([...files(folder).keys()].some((f) => /^figures\/.+\.png$/.test(f)));
  for (const a of out.artifacts) assert.ok(fs.existsSync(a) && a.startsWith(folder), a);
});

test('runs --json lists the run as completed with everything needed to repeat it', async () => {
  const r = await cli(['runs', '--db', db, '--json']);
  assert.equal(r.status, 0, r.stderr);
  const runs = JSON.parse(r.stdout);
  assert.equal(runs.length, 1);
  const run = runs[0];
  assert.equal(run.id, out.run);
  assert.equal(run.status, 'completed');
  assert.equal(run.seed, 3);
  assert.equal(run.version, out.version);
  assert.equal(run.params.agent.brain.scale, 0.25);
  assert.equal(run.params.trials, 3);
  assert.ok(run.params.agent.brain.sizes.F5 > 0, 'defaults are stored too');
  assert.ok(Date.parse(run.startedAt) <= Date.parse(run.endedAt));
  assert.deepEqual(run.metrics, out.metrics);
  assert.deepEqual(run.criteria, out.criteria);

  const store = openStore(db, { readonly: true });
  const names = store.getRun(out.run).artifacts.map((a) => a.name);
  store.close();
  for (const name of ['result.json', 'figures.json', 'recording.json.gz', 'figures/classification.svg'])
    assert.ok(names.includes(name), `artifact ${name}`);
  assert.ok(names.includes('figures/classification.png'));

  const text = await cli(['runs', '--db', db, '--status', 'completed']);
  assert.match(text.stdout, new RegExp(`${out.run}\\s+gallese1996\\s+completed`));
  const none = await cli(['runs', '--db', db, '--status', 'failed', '--json']);
  assert.deepEqual(JSON.parse(none.stdout), []);
});

test('report <id> rebuilds the identical report folder, wherever it is written', async () => {
  const folder = path.join(dir, 'results', 'runs', out.run);
  const first = files(folder);
  fs.rmSync(folder, { recursive: true });
  const r = await cli(['report', out.run, '--db', db]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.trim(), path.join(folder, 'report.html'));
  assert.deepEqual(files(folder), first);
  const elsewhere = path.join(dir, 'copy');
  assert.equal((await cli(['report', out.run, '--db', db, '--out-dir', elsewhere])).status, 0);
  assert.deepEqual(files(elsewhere), first);
});

test('the reports show parameters, measured vs published, each criterion and the figures', () => {
  const folder = path.join(dir, 'results', 'runs', out.run);
  const md = fs.readFileSync(path.join(folder, 'report.md'), 'utf8');
  const html = fs.readFileSync(path.join(folder, 'report.html'), 'utf8');
  for (const c of out.criteria) {
    assert.ok(
      md.includes(`| ${c.id} | ${c.passed ? 'pass' : '**FAIL**'} |`),
      `criterion ${c.id} in the Markdown`,
    );
    assert.ok(html.includes(`<td>${c.id}</td>`), `criterion ${c.id} in the HTML`);
  }
  assert.match(md, /## Measured vs published/);
  assert.match(md, /\| published \|/);
  assert.match(md, /\| agent\.brain\.scale \| 0\.25 \|/);
  assert.match(md, /!\[.*\]\(figures\/classification\.svg\)/);
  assert.match(md, /\[PNG\]\(figures\/classification\.png\)/);
  // Self-contained: figures embedded, nothing fetched from elsewhere.
  assert.match(html, /<img alt="[^"]+" src="data:image\/svg\+xml;base64,/);
  assert.doesNotMatch(html, /(src|href)="https?:/);
  assert.ok(html.includes(out.run));
});

test('a run that fails is stored as failed, with exit status 1', async () => {
  const blocker = path.join(dir, 'not-a-folder');
  fs.writeFileSync(blocker, '');
  const r = await cli(
    ['run', 'gallese1996', ...TINY, '--set', 'development.episodes=5', '--db', db, '--json'],
    {
      env: { MIRRORLAB_CACHE: path.join(blocker, 'cache') },
    },
  );
  assert.equal(r.status, 1, r.stderr);
  const failed = JSON.parse(r.stdout);
  assert.equal(failed.status, 'failed');
  assert.match(r.stderr, /^mirrorlab: run \S+ of gallese1996 failed: /m);
  const runs = JSON.parse((await cli(['runs', '--db', db, '--status', 'failed', '--json'])).stdout);
  assert.equal(runs.length, 1);
  assert.equal(runs[0].id, failed.run);
  assert.match(runs[0].error, /ENOTDIR/);
});
