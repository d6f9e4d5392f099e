/** Every command explains itself with examples; list and describe tell what can be run and set. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cli } from './run-cli.js';

const COMMANDS = [
  'list',
  'describe',
  'run',
  'runs',
  'report',
  'export',
  'sweep',
  'merge',
  'validate',
  'simulate',
  'bench',
];

test('mirrorlab --help lists every command', async () => {
  const r = await cli(['--help']);
  assert.equal(r.status, 0);
  for (const c of COMMANDS) assert.match(r.stdout, new RegExp(`^  ${c}\\b`, 'm'), c);
  assert.match(r.stdout, /Exit status: 0 done, 1 a run failed, 2 bad input/);
});

test('each command has --help with examples', async () => {
  for (const c of COMMANDS) {
    const args = c === 'bench' ? ['bench', 'cuba', '--help'] : [c, '--help'];
    const r = await cli(args);
    assert.equal(r.status, 0, c);
    assert.match(r.stdout, /Examples?:\n {2}mirrorlab /, `${c} --help has examples`);
  }
});

test('list and describe, as text and as JSON', async () => {
  const list = JSON.parse((await cli(['list', '--json'])).stdout);
  assert.ok(list.some((e: { id: string }) => e.id === 'gallese1996'));
  const text = (await cli(['describe', 'gallese1996'])).stdout;
  assert.match(text, /^gallese1996 — /);
  assert.match(text, /^ {2}agent\.brain\.learning\.rule +\w+ +text, one of: delta, hebbian$/m);
  assert.match(text, /^ {2}subjects +\d+ +integer, ≥ 1, ≤ 100$/m);
  const d = JSON.parse((await cli(['describe', 'gallese1996', '--json'])).stdout);
  const paths = d.parameters.map((p: { path: string }) => p.path);
  for (const p of [
    'subjects',
    'trials',
    'development.episodes',
    'agent.brain.scale',
    'agent.sense.gainJitter',
  ])
    assert.ok(paths.includes(p), p);
  assert.equal(d.published.citation.length > 0, true);
});
