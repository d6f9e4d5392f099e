import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { runCli, tempDir } from './run-cli.js';

const tmp = tempDir();

test('simulate writes the spikes of every population as CSV', () => {
  const out = path.join(tmp, 'cuba.csv');
  const r = runCli(['simulate', 'examples/networks/cuba.json', '--duration-ms', '200', '--out', out]);
  assert.equal(r.status, 0, r.stderr);
  const lines = fs.readFileSync(out, 'utf8').trim().split('\n');
  assert.equal(lines[0], 'population,neuron,time_ms');
  assert.ok(lines.length > 1000);
  const pops = new Set(lines.slice(1).map((l) => l.split(',')[0]));
  assert.deepEqual([...pops].sort(), ['E', 'I']);
  assert.ok(lines.slice(1).every((l) => Number(l.split(',')[2]) < 200));
});

test('simulate writes JSON, and the same seed gives the same spikes', () => {
  const a = path.join(tmp, 'a.json');
  const b = path.join(tmp, 'b.json');
  for (const out of [a, b]) {
    const r = runCli([
      'simulate',
      'examples/networks/stdp.json',
      '--duration-ms',
      '500',
      '--seed',
      '3',
      '--out',
      out,
    ]);
    assert.equal(r.status, 0, r.stderr);
  }
  const ja = JSON.parse(fs.readFileSync(a, 'utf8'));
  assert.equal(ja.seed, 3);
  assert.deepEqual(
    ja.populations.map((p: { name: string }) => p.name),
    ['input', 'out'],
  );
  assert.ok(ja.populations[0].spikes.index.length > 1000);
  assert.equal(fs.readFileSync(a, 'utf8'), fs.readFileSync(b, 'utf8'));
});

test('bad input: one clear message, exit status 2, nothing written', () => {
  const bad = path.join(tmp, 'bad.json');
  fs.writeFileSync(
    bad,
    JSON.stringify({ formatVersion: 1, populations: [{ kind: 'lif', name: 'x', size: 0 }] }),
  );
  const notJson = path.join(tmp, 'broken.json');
  fs.writeFileSync(notJson, '{ "formatVersion": 1, ');
  const out = path.join(tmp, 'never.csv');
  const cases: [string[], RegExp][] = [
    [
      ['simulate', bad, '--duration-ms', '10', '--out', out],
      /populations\[0\]\.size: must be an integer ≥ 1/,
    ],
    [['simulate', notJson, '--duration-ms', '10', '--out', out], /not valid JSON/],
    [
      ['simulate', path.join(tmp, 'missing.json'), '--duration-ms', '10', '--out', out],
      /cannot read description/,
    ],
    [
      ['simulate', 'examples/networks/cuba.json', '--duration-ms', 'ten', '--out', out],
      /--duration-ms must be a number/,
    ],
    [
      ['simulate', 'examples/networks/cuba.json', '--duration-ms', '10', '--out', path.join(tmp, 'x.txt')],
      /\.json or \.csv/,
    ],
    [['simulate', 'examples/networks/cuba.json', '--out', out], /required option '--duration-ms/],
  ];
  for (const [args, message] of cases) {
    const r = runCli(args);
    assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, message);
  }
  assert.equal(fs.existsSync(out), false);
});

test('bench cuba --json prints the promised fields and a reproducible spike hash', () => {
  const run = () => runCli(['bench', 'cuba', '--n', '1000', '--duration-s', '0.2', '--seed', '5', '--json']);
  const a = run();
  assert.equal(a.status, 0, a.stderr);
  const ra = JSON.parse(a.stdout);
  for (const key of [
    'n',
    'synapses',
    'spikes',
    'meanRateHz',
    'buildSeconds',
    'simSeconds',
    'peakRssMB',
    'spikeHash',
  ]) {
    assert.ok(key in ra, `missing ${key}`);
  }
  assert.equal(ra.n, 1000);
  assert.ok(Math.abs(ra.synapses - 80_000) < 2000);
  assert.equal(JSON.parse(run().stdout).spikeHash, ra.spikeHash);
  const ts = JSON.parse(
    runCli([
      'bench',
      'cuba',
      '--n',
      '1000',
      '--duration-s',
      '0.2',
      '--seed',
      '5',
      '--backend',
      'ts',
      '--json',
    ]).stdout,
  );
  assert.equal(ts.spikeHash, ra.spikeHash, 'both backends give the same spikes');
});

test('bench stdp --json reports the weight distribution', () => {
  const r = runCli(['bench', 'stdp', '--duration-s', '2', '--json']);
  assert.equal(r.status, 0, r.stderr);
  const j = JSON.parse(r.stdout);
  for (const key of [
    'simSeconds',
    'buildSeconds',
    'peakRssMB',
    'fractionNearZero',
    'fractionNearMax',
    'outRateHz',
  ]) {
    assert.ok(typeof j[key] === 'number', `missing ${key}`);
  }
});
