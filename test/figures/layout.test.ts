import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placeLabelRows } from '../../src/figures/label-rows.js';
import { textWidth, wrapText } from '../../src/figures/text.js';
import { timeTicks } from '../../src/figures/time-ticks.js';

test('event labels that would overlap go on separate rows; distant ones share a row', () => {
  const placed = placeLabelRows(
    [
      { x: 100, text: 'act onset' },
      { x: 120, text: 'contact' },
      { x: 220, text: 'release' },
    ],
    9,
    0,
    250,
  );
  assert.deepEqual(
    placed.map((p) => [p.text, p.row]),
    [
      ['act onset', 0],
      ['contact', 1],
      ['release', 0],
    ],
  );
});

test('event labels are slid inside the plot instead of running off its edge', () => {
  const [label] = placeLabelRows([{ x: 248, text: 'reward' }], 9, 0, 250);
  assert.ok(label!.x + textWidth('reward', 9) / 2 <= 250);
});

test('time ticks always label 0 and keep labels apart', () => {
  const format = (t: number) => String(t);
  for (const [range, width] of [
    [[-1000, 1500], 182],
    [[-500, 1000], 182],
    [[-200, 300], 400],
    [[0, 3000], 120],
  ] as [[number, number], number][]) {
    const { ticks, labelled } = timeTicks(range, width, 10, format);
    assert.ok(labelled.includes(0), `0 labelled for ${range}`);
    assert.ok(
      labelled.every((t) => ticks.includes(t)),
      'every label sits on a tick',
    );
    const pxPerMs = width / (range[1] - range[0]);
    for (let i = 1; i < labelled.length; i++) {
      const gap = (labelled[i]! - labelled[i - 1]!) * pxPerMs;
      const room = (textWidth(format(labelled[i]!), 10) + textWidth(format(labelled[i - 1]!), 10)) / 2;
      assert.ok(gap > room, `labels ${labelled[i - 1]} and ${labelled[i]} do not overlap`);
    }
  }
});

test('wrapText breaks at spaces within the width', () => {
  const lines = wrapText('one two three four five six seven eight nine ten', 80, 10);
  assert.ok(lines.length > 1);
  assert.ok(lines.every((l) => textWidth(l, 10) <= 80));
  assert.equal(lines.join(' '), 'one two three four five six seven eight nine ten');
});
