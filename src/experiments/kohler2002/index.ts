/**
 * kohler2002 — hearing actions: audio-visual mirror units in F5.
 *
 * The agent heard the sounds of its own acts during development: the sound of a
 * peanut breaking predicted its own "break" command, so auditory→F5 synapses learned
 * it (and control noises, heard at random, predicted nothing). After development,
 * the sound alone drives the F5 units of the act that makes it.
 */

import * as z from 'zod';
import { leaveOneOutDecode } from '../../analysis/decoding.js';
import { plainName } from '../../world/plain-name.js';
import { CONTROL_NOISES } from '../../world/sounds.js';
import { formatMetric, pooled, pooledFraction } from '../common/metrics.js';
import { SubjectParams } from '../common/params.js';
import { developedSubject } from '../common/subject.js';
import type { Criterion, ExperimentDefinition, FigureSpec } from '../types.js';
import { type NoiseResponses, noiseRatio, pooledNoiseRatio } from './noise-ratio.js';
import { pooledDecoding } from './pooled-decoding.js';
import { MODALITIES, type Modality, recordSession, SOUND_ACTS, sessionResponses } from './protocol.js';
import { PUBLISHED } from './published.js';

export const Kohler2002Params = z.strictObject({ ...SubjectParams });
export type Kohler2002Params = z.infer<typeof Kohler2002Params>;

const pct = (k: number, n: number) => (n > 0 ? (100 * k) / n : Number.NaN);
const MODALITY_LABEL: Record<Modality, string> = {
  M: 'performs',
  VS: 'sees and hears',
  V: 'only sees',
  S: 'only hears',
};

export const kohler2002: ExperimentDefinition<Kohler2002Params> = {
  id: 'kohler2002',
  title: 'Hearing actions: audio-visual mirror neurons',
  protocol:
    'For breaking a peanut, ripping paper and dropping a stick: the monkey performs the act, sees and hears it, only sees it, only hears it; control noises in the dark. Responses around the sound of the act.',
  published: PUBLISHED,
  params: Kohler2002Params,
  quick: { subjects: 2, trials: 10 },

  runSubject(ctx) {
    const p = ctx.params;
    const agent = developedSubject({
      agent: p.agent,
      development: p.development,
      seed: ctx.seed,
      raise: ctx.raise,
      onProgress: (f) => ctx.progress(0.3 * f, 'development'),
    });
    const session = recordSession(agent, ctx.subject, ctx.seed, p.trials, (f) =>
      ctx.progress(0.3 + 0.7 * f, 'recording'),
    );
    const r = sessionResponses(session, p);
    const acts = SOUND_ACTS.map((x) => x.act);
    const n = agent.sim.population('F5').size;
    const get = (m: Modality | 'noise', key: string, u: number) => r.get(`${m}:${key}`)!.responses[u]!;
    const sigActs = (m: Modality, u: number) => acts.filter((a) => get(m, a, u).significant);
    const preferred = (m: Modality, u: number) =>
      sigActs(m, u).reduce<string | null>(
        (best, a) => (best === null || get(m, a, u).increaseHz > get(m, best, u).increaseHz ? a : best),
        null,
      );
    const audioMirror = Array.from({ length: n }, (_, u) => u).filter(
      (u) => sigActs('M', u).length > 0 && sigActs('S', u).length > 0,
    );
    // Vision alone is judged at the act's characteristic moment (when the peanut breaks, the
    // paper tears, the stick lands: the same window as for sound), not while the object is
    // merely held, which every one of these acts begins with.
    const sight = new Map(acts.map((a) => [a, r.get(`V:${a}`)!.responses] as const));
    const sightActs = (u: number) => acts.filter((a) => sight.get(a)![u]!.significant);
    const both = audioMirror.filter((u) => sightActs(u).length > 0);
    const seeing = audioMirror.filter((u) => sigActs('VS', u).length > 0 || sightActs(u).length > 0);
    // The act a unit prefers by ear is one of the acts it responds to best by eye
    // (significant and at least half its largest visual response).
    const effectiveV = (u: number) => {
      const max = Math.max(...sightActs(u).map((a) => sight.get(a)![u]!.increaseHz));
      return sightActs(u).filter((a) => sight.get(a)![u]!.increaseHz >= 0.5 * max);
    };
    const same = both.filter((u) => effectiveV(u).includes(preferred('S', u) as (typeof acts)[number]));
    // Three control noises per unit: a response must survive a Bonferroni correction.
    const noiseResponsive = audioMirror.filter((u) =>
      CONTROL_NOISES.some((x) => {
        const r = get('noise', x, u);
        return r.p < p.alpha / CONTROL_NOISES.length && r.increaseHz >= p.minIncreaseHz;
      }),
    );
    // Each unit's response to the control noises: the mean over the three of its (signed)
    // increase, an unbiased estimate that is ~0 when noises evoke nothing (the largest of three
    // noisy increases, clipped at zero, would report the noise floor as a response); beside it,
    // the unit's response to the sound of its preferred act.
    const noise: NoiseResponses = {
      noiseIncreaseHz: audioMirror.map(
        (u) => CONTROL_NOISES.reduce((t, x) => t + get('noise', x, u).increaseHz, 0) / CONTROL_NOISES.length,
      ),
      soundIncreaseHz: audioMirror.map((u) => get('S', preferred('S', u)!, u).increaseHz),
    };
    // Which act was heard, from the sound-only responses of the audio-visual mirror units.
    // The trial-by-unit rates are kept so that the aggregate can decode from the population
    // pooled over subjects, as Keysers et al. (2003) pooled the neurons of their monkeys.
    const soundRates = Object.fromEntries(
      acts.map((a) => [a, r.get(`S:${a}`)!.rates.map((rates) => audioMirror.map((u) => rates[u]!))] as const),
    );
    const samples = acts.flatMap((a) => soundRates[a]!.map((features) => ({ label: a, features })));
    const decoding =
      audioMirror.length >= 2 ? leaveOneOutDecode(samples, 'nearestCentroid') : { accuracy: Number.NaN };
    // The example shown is, like the papers' examples, a unit that also answers the sight of
    // the act when there is one: the one with the largest response to a sound alone.
    const candidates = both.length ? both : audioMirror;
    const example = candidates.length
      ? candidates.reduce((a, b) =>
          get('S', preferred('S', a)!, a).increaseHz >= get('S', preferred('S', b)!, b).increaseHz ? a : b,
        )
      : null;
    const exampleAct = example === null ? null : preferred('S', example)!;
    const panels =
      example === null
        ? []
        : [
            ...MODALITIES.map((m) => ({
              label: `monkey ${MODALITY_LABEL[m]}: ${plainName(exampleAct!)}`,
              trials: session.recorder.aligned(
                'F5',
                example,
                session.conditions.get(`${m}:${exampleAct}`)!,
                -600,
                800,
              ),
            })),
            {
              label: 'control noise',
              trials: session.recorder.aligned(
                'F5',
                example,
                session.conditions.get(`noise:${CONTROL_NOISES[0]}`)!,
                -600,
                800,
              ),
            },
          ];
    return {
      subject: ctx.subject,
      seed: ctx.seed,
      metrics: {
        audioMirrorPct: pct(audioMirror.length, n),
        audioMirrorUnits: audioMirror.length,
        alsoSeeingPct: pct(seeing.length, audioMirror.length),
        sameActPct: pct(same.length, both.length),
        sameActUnits: same.length,
        seeAndHearUnits: both.length,
        decodingPct: 100 * decoding.accuracy,
        noiseResponsivePct: pct(noiseResponsive.length, audioMirror.length),
        noiseResponsiveUnits: noiseResponsive.length,
        noiseRatio: noiseRatio(noise),
      },
      data: { example, exampleAct, panels, soundRates, noise },
      recording: session.recorder.recording(
        'kohler2002',
        ctx.seed,
        'F5 units, noisy acts performed, seen and heard, heard only',
      ),
    };
  },

  aggregate(outputs) {
    const m = {
      audioMirrorPct: pooled(outputs, 'audioMirrorPct', '%'),
      alsoSeeingPct: pooled(outputs, 'alsoSeeingPct', '%'),
      sameActPct: pooledFraction(outputs, 'sameActUnits', 'seeAndHearUnits'),
      decodingPct: pooledDecoding(outputs),
      subjectDecodingPct: pooled(outputs, 'decodingPct', '%'),
      noiseResponsivePct: pooledFraction(outputs, 'noiseResponsiveUnits', 'audioMirrorUnits'),
      noiseRatio: pooledNoiseRatio(outputs),
    };
    const criteria: Criterion[] = [
      {
        id: 'sound-minority',
        description: 'a minority of F5 units respond both when performing and when only hearing the act',
        passed: m.audioMirrorPct.mean >= 2 && m.audioMirrorPct.mean <= 35,
        measured: formatMetric(m.audioMirrorPct),
        expected: '2–35% (published ~13%)',
      },
      {
        id: 'same-act',
        description: 'units that hear and see acts prefer by ear an act they respond to best by eye',
        passed: m.sameActPct.mean >= 75,
        measured: `${formatMetric(m.sameActPct)} of ${m.sameActPct.n} units (pooled over subjects)`,
        expected: '≥ 75%',
      },
      {
        id: 'decoding',
        description:
          'the act is decoded from the sound-only responses of the audio-visual mirror units pooled over subjects',
        passed: m.decodingPct.mean >= 90,
        measured: `${formatMetric(m.decodingPct)} of ${m.decodingPct.n} trials (one subject at a time: ${formatMetric(m.subjectDecodingPct)})`,
        expected: '≥ 90% (published ~97%; chance 33%)',
      },
      {
        id: 'control-noises',
        description:
          'control noises evoke (almost) nothing in audio-visual mirror units (Bonferroni over the 3 noises)',
        passed: m.noiseResponsivePct.mean < 10 && m.noiseRatio.mean < 0.2,
        measured: `${formatMetric(m.noiseResponsivePct)} of ${m.noiseResponsivePct.n} units respond; mean ${(100 * m.noiseRatio.mean).toFixed(1)}% of the sound response (pooled over units)`,
        expected: '< 10% respond, < 20% of the response',
      },
    ];
    const figures: FigureSpec[] = [];
    const first = outputs[0]?.data as
      | { example: number | null; panels: { label: string; trials: number[][] }[] }
      | undefined;
    if (first?.example != null) {
      figures.push({
        name: 'example-audiovisual-unit',
        kind: 'raster-psth',
        spec: {
          title: `An audio-visual mirror unit of monkey 1 (F5 unit ${first.example})`,
          subtitle: 'aligned on the sound of the act (in the silent condition: when it would sound)',
          alignLabel: 'sound',
          rangeMs: [-600, 800],
          binMs: 20,
          panels: first.panels,
        },
      });
    }
    const cat = (label: string, s: (typeof m)['audioMirrorPct'], published?: number) => ({
      label,
      measured: { mean: s.mean, low: s.low, high: s.high },
      ...(published !== undefined ? { published } : {}),
    });
    figures.push({
      name: 'hearing-actions',
      kind: 'bars',
      spec: {
        title: 'Hearing actions in F5',
        yLabel: '%',
        categories: [
          cat('audio-visual mirror (% of F5)', m.audioMirrorPct, 12.7),
          cat('also respond to sight (% of them)', m.alsoSeeingPct),
          cat('act decoded from sound alone', m.decodingPct, 97),
          cat('respond to control noise (% of them)', m.noiseResponsivePct, 0),
        ],
        publishedLabel: 'Kohler et al. 2002; Keysers et al. 2003',
        caption: `${outputs.length} simulated monkeys; decoding: leave-one-out nearest centroid on the audio-visual mirror units pooled over monkeys, 3 acts (chance 33%)`,
      },
    });
    return { metrics: m, criteria, figures };
  },
};
