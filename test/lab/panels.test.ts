/**
 * The panels' pictures and data, fed through the mock transport with canned events
 * and painted as SVG (the export path), in Node without a browser.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { otherActor, scene } from '../../src/index.js';
import { SvgPainter } from '../../web/src/draw/svg-painter.js';
import { parseCsv } from '../../web/src/export/csv.js';
import { LabController } from '../../web/src/model/controller.js';
import { LabState } from '../../web/src/model/lab-state.js';
import { PRESET_LAYOUTS } from '../../web/src/model/layout.js';
import { developmentCsv, paintDevelopment } from '../../web/src/panels/development-figure.js';
import { paintPsth, psthCsv, psthView } from '../../web/src/panels/psth-figure.js';
import { paintRaster, rasterCsv, rasterView } from '../../web/src/panels/raster-figure.js';
import { paintRates, ratesCsv, ratesView } from '../../web/src/panels/rates-figure.js';
import { paintRuns, runsCsv } from '../../web/src/panels/runs-figure.js';
import { paintSceneAt, sceneCsv } from '../../web/src/panels/scene-figure.js';
import { paintWeights, weightsCsv, weightsView } from '../../web/src/panels/weights-figure.js';
import { Player } from '../../web/src/play/player.js';
import { PsthTracker } from '../../web/src/play/psth-tracker.js';
import { RateTracker } from '../../web/src/play/rate-tracker.js';
import { SpikeRings } from '../../web/src/play/spike-rings.js';
import { TrialHistory } from '../../web/src/play/trial-history.js';
import { MockTransport } from '../../web/src/transport/mock-transport.js';
import { agentEvent, block, runStarted } from './fixtures.js';

function lab() {
  const transport = MockTransport.replay();
  const state = new LabState({
    ...PRESET_LAYOUTS[0]!,
    selection: { ...PRESET_LAYOUTS[0]!.selection, areas: ['STS', 'F5', 'M1'] },
  });
  const player = new Player();
  const trackers = {
    rings: new SpikeRings(1000),
    rates: new RateTracker([]),
    psth: new PsthTracker([]),
    history: new TrialHistory(),
  };
  const controller = new LabController(transport, state, player, trackers);
  return { transport, state, player, trackers, controller };
}

const svgOf = (paint: (p: SvgPainter) => void, w = 640, h = 320) => {
  const p = new SvgPainter(w, h);
  paint(p);
  const text = p.toString();
  assert.match(text, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]*>/);
  assert.ok(text.endsWith('</svg>'));
  return text;
};

test('the raster draws every spike in its window, on canvas and in the SVG export alike', () => {
  const { transport, state, player, trackers, controller } = lab();
  transport.play(agentEvent(), runStarted(1));
  transport.play({
    type: 'block',
    block: block(0, 1000, [
      [0, 100, 5],
      [1, 650, 1],
      [1, 700, 1],
      [2, 800, 2],
    ]),
  });
  player.step(1000);
  controller.tick(0);
  assert.deepEqual(transport.sent.at(-1), { type: 'playhead', simMs: 1000, leadMs: 3000 });
  const view = rasterView(state, trackers.rings, trackers.history, player.playheadMs);
  const svg = svgOf((p) => paintRaster(p, view));
  // Spikes are drawn as one path per colour: 4 spikes, 4 rectangles.
  assert.equal((svg.match(/h[\d.]+v[\d.]+h-[\d.]+z/g) ?? []).length, 4);
  assert.match(svg, /hand moves/);
  assert.match(svg, /simulated time \(s\)/);
  const csv = parseCsv(rasterCsv(view));
  assert.deepEqual(csv[0], ['time_ms', 'area', 'neuron', 'preferred_movement', 'class']);
  assert.deepEqual(csv.slice(1), [
    ['100', 'STS', '5', '', ''],
    ['650', 'F5', '1', 'precision', ''],
    ['700', 'F5', '1', 'precision', ''],
    ['800', 'M1', '2', '', ''],
  ]);
  // Selecting F5 neurons by preferred movement hides the others.
  state.selection.movements = ['break'];
  const fewer = rasterView(state, trackers.rings, trackers.history, player.playheadMs);
  assert.equal(parseCsv(rasterCsv(fewer)).length, 1 + 2);
  // Following a neuron adds its own track.
  state.selection.movements = [];
  state.selection.highlight = { area: 'F5', neuron: 1 };
  assert.match(
    svgOf((p) => paintRaster(p, rasterView(state, trackers.rings, trackers.history, 1000))),
    /neuron #1/,
  );
});

test('PSTH and rates panels: curves with units, CSV with one row per bin', () => {
  const { transport, state, player, trackers } = lab();
  transport.play(agentEvent(), runStarted(1));
  transport.play({ type: 'block', block: block(0, 1000, [[1, 650, 1]]) });
  transport.play({
    type: 'block',
    block: block(1000, 2000, [[1, 1650, 1]], { condition: 'execute:precisionGrip' }),
  });
  player.step(2000);
  state.selection.highlight = { area: 'F5', neuron: 1 };
  const pv = psthView(state, trackers.psth);
  assert.equal(pv.conditions.length, 2);
  const svg = svgOf((p) => paintPsth(p, pv));
  assert.match(svg, /firing rate \(spikes\/s\)/);
  assert.match(svg, /time from act onset \(s\)/);
  const rows = parseCsv(psthCsv(pv));
  assert.equal(rows.length, 1 + 2 * trackers.psth.bins);
  const hit = rows.find((r) => r[0] === 'observe:precisionGrip' && r[5] === '40');
  assert.equal(hit?.[7], '25', '1 spike in 1 trial in a 40 ms bin = 25 spikes/s');
  // The guided visit restricts the PSTH to the conditions it compares.
  state.psthConditions = ['execute:precisionGrip'];
  assert.deepEqual(
    psthView(state, trackers.psth).conditions.map((c) => c.condition),
    ['execute:precisionGrip'],
  );

  const rv = ratesView(state, trackers.rates, trackers.history, player.playheadMs);
  assert.match(
    svgOf((p) => paintRates(p, rv)),
    /spikes\/s per neuron/,
  );
  const rates = parseCsv(ratesCsv(rv));
  assert.deepEqual(rates[0], ['bin_start_ms', 'STS_hz', 'F5_hz', 'M1_hz']);
  assert.ok(rates.length > 50);
});

test('the scene panel draws what the scene says is happening', () => {
  const s = scene({ actor: otherActor(), object: 'raisin', objectFromMs: 400 })
    .wait(600)
    .act('precisionGrip')
    .wait(150)
    .build();
  const samples = Array.from({ length: Math.ceil(s.durationMs / 10) }, (_, i) => s.sample(i * 10));
  const b = block(0, 2000, [], { label: 'Monkey watches: researcher picks up the raisin' });
  b.scene = { startMs: 0, stepMs: 10, samples };
  const during = svgOf((p) => paintSceneAt(p, b, 1000));
  assert.match(during, /the researcher — acting/);
  assert.match(during, /precision grip \(\d+% done\)/);
  assert.match(
    svgOf((p) => paintSceneAt(p, b, 1900)),
    /Between trials/,
  );
  assert.match(
    svgOf((p) => paintSceneAt(p, null, 0)),
    /Waiting for the simulation/,
  );
  const rows = parseCsv(sceneCsv(b));
  assert.equal(rows.length, 1 + samples.length);
  assert.equal(rows[0]![0], 'time_in_trial_ms');
  assert.ok(
    rows.some((r) => r[2] === 'precisionGrip' && r[6] === 'true'),
    'the hand reaches the raisin',
  );
});

test('weights, development and stored runs panels export what they show', () => {
  const { transport, state } = lab();
  transport.play(agentEvent());
  transport.play({
    type: 'weights',
    snapshot: { epoch: 1, tMs: 0, episode: 0, weights: [Float32Array.from([0, 3, 6])] },
  });
  const wv = weightsView(state);
  const svg = svgOf((p) => paintWeights(p, wv));
  assert.match(svg, /from STS/);
  assert.match(svg, /0 mV/);
  assert.deepEqual(parseCsv(weightsCsv(wv)).slice(1), [
    ['0', 'STS->F5', 'STS', '0', '0', 'grasp', '0'],
    ['0', 'STS->F5', 'STS', '0', '1', 'precision', '3'],
    ['0', 'STS->F5', 'STS', '1', '3', 'grasp', '6'],
  ]);

  const counts = { mirror: 1, motor: 2, visual: 0, unresponsive: 1 };
  const classes = {
    epoch: 1,
    episode: 40,
    tMs: 0,
    trialsPerCondition: 5,
    acts: ['precisionGrip'],
    unitClass: ['mirror', 'motor', 'motor', 'unresponsive'] as const,
    mirrorClass: ['strict', null, null, null] as const,
    preferredExecuted: ['precisionGrip', 'precisionGrip', null, null],
    preferredObserved: ['precisionGrip', null, null, null],
    executedHz: { precisionGrip: [20, 15, 1, 0] },
    observedHz: { precisionGrip: [12, 0, 0, 0] },
    counts,
  };
  transport.play({
    type: 'classes',
    classes: { ...classes, unitClass: [...classes.unitClass], mirrorClass: [...classes.mirrorClass] },
  });
  assert.match(
    svgOf((p) => paintDevelopment(p, { state })),
    /mirror neurons among 4 F5 neurons/,
  );
  assert.deepEqual(parseCsv(developmentCsv({ state })).slice(1), [['40', '1', '2', '0', '1', '5']]);

  const runs = {
    database: '/tmp/x.db',
    runs: [
      {
        id: 'r1',
        experiment: 'gallese1996',
        status: 'completed',
        startedAt: '2026-11-22T10:00:00.000Z',
        endedAt: '2026-11-22T10:05:00.000Z',
        seed: 1,
        subjects: 5,
        version: '0.1.0',
        criteriaPassed: 6,
        criteriaTotal: 7,
        criteria: [],
      },
    ],
  };
  assert.match(
    svgOf((p) => paintRuns(p, runs, null)),
    /6 of 7/,
  );
  assert.equal(parseCsv(runsCsv(runs))[1]![0], 'r1');
  assert.match(
    svgOf((p) => paintRuns(p, null, 'No results database here')),
    /No results database here/,
  );
});
