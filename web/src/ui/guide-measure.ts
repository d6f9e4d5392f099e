/**
 * The numbers the guided visit shows: a neuron's mean rate while the act is under
 * way against its rate just before the hand moves, over the trials played so far.
 */
import type { PsthTracker } from '../play/psth-tracker.js';

export interface Measured {
  trials: number;
  /** Mean rate from the act's onset to 800 ms after (spikes/s). */
  duringHz: number;
  /** Mean rate from 600 to 200 ms before the onset (spikes/s). */
  beforeHz: number;
}

export const DURING_MS: [number, number] = [0, 800];
export const BEFORE_MS: [number, number] = [-600, -200];

export function measure(psth: PsthTracker, condition: string, area: number, neuron: number): Measured | null {
  const h = psth.conditions().find((c) => c.condition === condition);
  if (!h || h.trials === 0) return null;
  const rates = psth.rate(h, area, [neuron]);
  const mean = ([from, to]: [number, number]) => {
    let s = 0;
    let n = 0;
    rates.forEach((r, b) => {
      const t = psth.fromMs + b * psth.binMs;
      if (t >= from && t + psth.binMs <= to) {
        s += r;
        n++;
      }
    });
    return n ? s / n : 0;
  };
  return { trials: h.trials, duringHz: mean(DURING_MS), beforeHz: mean(BEFORE_MS) };
}

/** "fires: 42 spikes/s during vs 8 before (3 trials)" — and whether that is a clear response. */
export function describe(m: Measured | null): { text: string; fires: boolean | null } {
  if (!m) return { text: 'not played yet', fires: null };
  const fires = m.duringHz - m.beforeHz >= 5 && m.duringHz >= 1.5 * m.beforeHz;
  const t = `${m.duringHz.toFixed(0)} spikes/s during the act, ${m.beforeHz.toFixed(0)} before (${m.trials} trial${m.trials === 1 ? '' : 's'})`;
  return { text: t, fires };
}
