/**
 * gallese1996 — mirror neurons in F5 (di Pellegrino et al. 1992; Gallese et al. 1996).
 *
 * Each simulated monkey develops by motor babbling, then its F5 is recorded while it
 * performs hand acts and watches an experimenter perform them, with an object alone
 * and mimed acts as controls. Units are classified as motor, visual or mirror, and
 * mirror units as strictly, broadly or non-congruent. The emergence controls record
 * the same monkeys before development and after a development with plasticity off.
 */

import * as z from 'zod';
import type { Agent } from '../../agent/agent.js';
import type { ActName } from '../../world/acts.js';
import { plainName } from '../../world/plain-name.js';
import { formatMetric, formatPercent, pooled } from '../common/metrics.js';
import { SubjectParams } from '../common/params.js';
import { developedSubject, newbornSubject } from '../common/subject.js';
import type { Criterion, ExperimentDefinition, FigureSpec, SubjectOutput } from '../types.js';
import { analyseSession, recordSession, TEST_ACTS, type UnitResult } from './protocol.js';
import { PUBLISHED } from './published.js';

export const Gallese1996Params = z.strictObject({
  ...SubjectParams,
  /** Subjects also recorded before development and after development without plasticity (emergence controls). */
  controlSubjects: z.number().int().min(0).default(1),
});
export type Gallese1996Params = z.infer<typeof Gallese1996Params>;

const pct = (k: number, n: number) => (n > 0 ? (100 * k) / n : 0);

function mirrorPercent(units: UnitResult[]): number {
  return pct(units.filter((u) => u.unitClass === 'mirror').length, units.length);
}

/** Mean response of mirror units to a control condition, relative to their best observation response. */
function controlRatio(mirror: UnitResult[], control: (u: UnitResult) => number): number {
  if (mirror.length === 0) return Number.NaN;
  let obs = 0;
  let ctl = 0;
  for (const u of mirror) {
    const best = u.preferredObserved!;
    obs += u.observed[best]!.increaseHz;
    ctl += Math.max(0, control(u));
  }
  return obs > 0 ? ctl / obs : Number.NaN;
}

function unitMetrics(units: UnitResult[]): Record<string, number> {
  const mirror = units.filter((u) => u.unitClass === 'mirror');
  const count = (c: string) => mirror.filter((u) => u.mirrorClass === c).length;
  return {
    recordedUnits: units.length,
    motorPct: pct(
      units.filter((u) => u.unitClass === 'motor' || u.unitClass === 'mirror').length,
      units.length,
    ),
    visualOnlyPct: pct(units.filter((u) => u.unitClass === 'visual').length, units.length),
    mirrorPct: pct(mirror.length, units.length),
    mirrorUnits: mirror.length,
    strictPct: pct(count('strict'), mirror.length),
    broadPct: pct(count('broad'), mirror.length),
    nonCongruentPct: pct(count('nonCongruent'), mirror.length),
    objectRatio: controlRatio(mirror, (u) => u.objectAlone?.increaseHz ?? 0),
    mimeRatio: controlRatio(mirror, (u) => u.mimed[u.preferredObserved!]?.increaseHz ?? 0),
  };
}

interface ExampleUnit {
  unit: number;
  act: string;
  panels: { label: string; trials: number[][] }[];
}

function exampleUnit(
  agent: Agent,
  units: UnitResult[],
  session: ReturnType<typeof recordSession>,
): ExampleUnit | null {
  const mirror = units.filter((u) => u.unitClass === 'mirror' && u.mirrorClass === 'strict');
  const pool = mirror.length ? mirror : units.filter((u) => u.unitClass === 'mirror');
  if (pool.length === 0) return null;
  const best = pool.reduce((a, b) =>
    a.observed[a.preferredObserved!]!.increaseHz >= b.observed[b.preferredObserved!]!.increaseHz ? a : b,
  );
  const act = best.preferredObserved as ActName;
  const get = (c: string) => session.conditions.get(c) ?? [];
  const aligned = (c: string) => session.recorder.aligned('F5', best.unit, get(c), -400, 1100);
  void agent;
  return {
    unit: best.unit,
    act,
    panels: [
      { label: `monkey performs: ${plainName(act)}`, trials: aligned(`execute:${act}`) },
      { label: `monkey watches: ${plainName(act)}`, trials: aligned(`observe:${act}`) },
      { label: 'object alone', trials: aligned('objectAlone') },
      { label: `mimed: ${plainName(act)}`, trials: aligned(`mime:${act}`) },
    ],
  };
}

export const gallese1996: ExperimentDefinition<Gallese1996Params> = {
  id: 'gallese1996',
  title: 'Mirror neurons in F5: performing and watching hand acts',
  protocol:
    'Record F5 while the monkey performs 7 object-directed hand acts and watches an experimenter perform them; controls: object alone, mimed acts; emergence controls: the same monkeys before development and after development with plasticity off.',
  published: PUBLISHED,
  params: Gallese1996Params,
  quick: { subjects: 2, controlSubjects: 1, trials: 10 },

  runSubject(ctx) {
    const p = ctx.params;
    const raise = { agent: p.agent, seed: ctx.seed, raise: ctx.raise };
    const steps = 1 + 2 * (ctx.subject < p.controlSubjects ? 1 : 0);
    const agent = developedSubject({
      ...raise,
      development: p.development,
      onProgress: (f) => ctx.progress((0.3 * f) / steps, 'development'),
    });
    const session = recordSession(agent, ctx.subject, ctx.seed, { trials: p.trials, controls: true }, (f) =>
      ctx.progress((0.3 + 0.7 * f) / steps, 'recording'),
    );
    const units = analyseSession(session, p);
    const metrics = unitMetrics(units);
    if (ctx.subject < p.controlSubjects) {
      const newborn = newbornSubject(raise);
      const s1 = recordSession(newborn, ctx.subject, ctx.seed, { trials: p.trials, controls: false }, (f) =>
        ctx.progress((1 + f) / steps, 'control: newborn'),
      );
      metrics.newbornMirrorPct = mirrorPercent(analyseSession(s1, p));
      const frozen = developedSubject({
        ...raise,
        development: { ...p.development, plasticity: false },
        onProgress: (f) => ctx.progress((2 + 0.3 * f) / steps, 'control: development without plasticity'),
      });
      const s2 = recordSession(frozen, ctx.subject, ctx.seed, { trials: p.trials, controls: false }, (f) =>
        ctx.progress((2.3 + 0.7 * f) / steps, 'control: development without plasticity'),
      );
      metrics.plasticityOffMirrorPct = mirrorPercent(analyseSession(s2, p));
    }
    const labels = new Map(
      units.map((u) => [
        `F5:${u.unit}`,
        {
          classification: u.unitClass === 'mirror' ? `mirror-${u.mirrorClass}` : u.unitClass,
          ...(u.preferredExecuted ? { preferredAct: u.preferredExecuted } : {}),
        },
      ]),
    );
    return {
      subject: ctx.subject,
      seed: ctx.seed,
      metrics,
      data: { example: exampleUnit(agent, units, session) },
      recording: session.recorder.recording(
        'gallese1996',
        ctx.seed,
        'F5 units, execution and observation of hand acts',
        labels,
      ),
    };
  },

  aggregate(outputs, params) {
    const m = {
      mirrorPct: pooled(outputs, 'mirrorPct', '%'),
      strictPct: pooled(outputs, 'strictPct', '%'),
      broadPct: pooled(outputs, 'broadPct', '%'),
      nonCongruentPct: pooled(outputs, 'nonCongruentPct', '%'),
      motorPct: pooled(outputs, 'motorPct', '%'),
      visualOnlyPct: pooled(outputs, 'visualOnlyPct', '%'),
      objectRatio: pooled(outputs, 'objectRatio', ''),
      mimeRatio: pooled(outputs, 'mimeRatio', ''),
      newbornMirrorPct: pooled(outputs, 'newbornMirrorPct', '%'),
      plasticityOffMirrorPct: pooled(outputs, 'plasticityOffMirrorPct', '%'),
    };
    const ratio = m.broadPct.mean / Math.max(1e-9, m.strictPct.mean);
    const criteria: Criterion[] = [
      {
        id: 'mirror-minority',
        description: 'mirror units are a minority of recorded F5 units',
        passed: m.mirrorPct.mean >= 5 && m.mirrorPct.mean <= 35,
        measured: formatMetric(m.mirrorPct),
        expected: '5–35% (published ~17%)',
      },
      {
        id: 'broad-over-strict',
        description: 'broadly congruent mirror units outnumber strictly congruent ones, about 2:1',
        passed: ratio >= 1.3 && ratio <= 4,
        measured: `${ratio.toFixed(2)} : 1 (broad ${formatMetric(m.broadPct)}, strict ${formatMetric(m.strictPct)})`,
        expected: 'between 1.3:1 and 4:1 (published ~2:1)',
      },
      {
        id: 'few-non-congruent',
        description: 'non-congruent mirror units are rare',
        passed: m.nonCongruentPct.mean < 10,
        measured: formatMetric(m.nonCongruentPct),
        expected: '< 10% of mirror units',
      },
      {
        id: 'object-alone',
        description: 'the object alone evokes little: mean response < 25% of the observation response',
        passed: m.objectRatio.mean < 0.25,
        measured: `${(100 * m.objectRatio.mean).toFixed(1)}%`,
        expected: '< 25%',
      },
      {
        id: 'mime',
        description: 'a mimed act evokes little: mean response < 25% of the observation response',
        passed: m.mimeRatio.mean < 0.25,
        measured: `${(100 * m.mimeRatio.mean).toFixed(1)}%`,
        expected: '< 25%',
      },
    ];
    if (params.controlSubjects > 0) {
      criteria.push(
        {
          id: 'emergence-newborn',
          description: 'before development there are no mirror units',
          passed: m.newbornMirrorPct.mean < 2,
          measured: formatMetric(m.newbornMirrorPct),
          expected: '~0% (< 2%)',
        },
        {
          id: 'emergence-plasticity-off',
          description: 'after development with plasticity off there are no mirror units',
          passed: m.plasticityOffMirrorPct.mean < 2,
          measured: formatMetric(m.plasticityOffMirrorPct),
          expected: '~0% (< 2%)',
        },
      );
    }
    const figures: FigureSpec[] = [];
    const example = (outputs[0]?.data as { example: ExampleUnit | null } | undefined)?.example;
    if (example) {
      figures.push({
        name: 'example-mirror-unit',
        kind: 'raster-psth',
        spec: {
          title: `A mirror unit of monkey 1 (F5 unit ${example.unit})`,
          subtitle: 'rasters: one row per trial; histograms: mean rate in 20 ms bins',
          alignLabel: 'act onset',
          rangeMs: [-400, 1100],
          binMs: 20,
          panels: example.panels,
        },
      });
    }
    const cat = (label: string, s: (typeof m)['mirrorPct'], published?: number) => ({
      label,
      measured: { mean: s.mean, low: s.low, high: s.high },
      ...(published !== undefined ? { published } : {}),
    });
    figures.push({
      name: 'classification',
      kind: 'bars',
      spec: {
        title: 'F5 units classified as in Gallese et al. (1996)',
        yLabel: '%',
        categories: [
          cat('mirror (% of F5 units)', m.mirrorPct, 17.3),
          cat('strictly congruent (% of mirror)', m.strictPct, 31.5),
          cat('broadly congruent (% of mirror)', m.broadPct, 60.9),
          cat('non-congruent (% of mirror)', m.nonCongruentPct, 7.6),
        ],
        publishedLabel: 'Gallese et al. 1996',
        caption: `${outputs.length} simulated monkeys, ${outputs.reduce((s, o) => s + (o.metrics.recordedUnits ?? 0), 0)} F5 units; bars: mean and 95% CI across monkeys`,
      },
    });
    if (params.controlSubjects > 0) {
      figures.push({
        name: 'emergence',
        kind: 'bars',
        spec: {
          title: 'Mirror units emerge from learning',
          yLabel: '% of F5 units',
          categories: [
            cat('after development', m.mirrorPct, 17.3),
            cat('before development', m.newbornMirrorPct),
            cat('development, plasticity off', m.plasticityOffMirrorPct),
          ],
          publishedLabel: 'Gallese et al. 1996 (adult monkeys)',
          caption: `mirror units among recorded F5 units; ${params.controlSubjects} control monkeys`,
        },
      });
    }
    return {
      metrics: m,
      criteria,
      figures,
      notes: [
        `motor units ${formatPercent(m.motorPct.mean)} of F5; visual-only ${formatPercent(m.visualOnlyPct.mean)}`,
        `acts tested: ${TEST_ACTS.join(', ')}`,
      ],
    };
  },
};

export type { SubjectOutput };
