/** Progress: a bar with an ETA on a terminal, plain lines elsewhere, nothing for short work. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatSeconds, progressReporter } from '../../src/cli/progress.js';

function clock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

test('on a terminal: a bar redrawn in place, with the elapsed time and the ETA', () => {
  const c = clock();
  let out = '';
  const p = progressReporter('gallese1996', { tty: true, now: c.now, write: (s) => (out += s) });
  c.advance(4000);
  p.update(0.5, 'subject 1: recording');
  assert.equal(out, '\rgallese1996 [############------------]  50% 4s ETA 4s  subject 1: recording\x1b[K');
  c.advance(4000);
  p.done();
  assert.ok(out.endsWith('\rgallese1996 [########################] 100% 8s\x1b[K\n'));
});

test('elsewhere: a plain line every few seconds, and one at the end', () => {
  const c = clock();
  const lines: string[] = [];
  const p = progressReporter('sweep', { tty: false, now: c.now, write: (s) => lines.push(s) });
  c.advance(2500);
  p.update(0.25);
  c.advance(1000);
  p.update(0.3);
  c.advance(5000);
  p.update(0.8, 'trials=8');
  p.done();
  assert.deepEqual(lines, [
    'sweep: 25% after 3s, ETA 8s\n',
    'sweep: 80% after 9s, ETA 2s (trials=8)\n',
    'sweep: 100% after 9s\n',
  ]);
});

test('work that ends within two seconds shows nothing', () => {
  const c = clock();
  let out = '';
  const p = progressReporter('quick', { tty: true, now: c.now, write: (s) => (out += s) });
  c.advance(1500);
  p.update(0.9);
  p.done();
  assert.equal(out, '');
  assert.equal(formatSeconds(187), '3m07s');
  assert.equal(formatSeconds(3720), '1h02m');
});
