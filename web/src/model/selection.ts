/**
 * Which neurons the raster and the PSTH show, in which order and colour. Neurons can
 * be chosen by area, and F5 neurons also by class (from the quick test) and by the
 * movement they prefer; one neuron can be highlighted (the guided visit does).
 */
import type { AgentInfo, UnitClasses, UnitClassName } from '../lab/protocol.js';
import { CLASS_COLORS, INK, MOVEMENTS, movementColor } from './palette.js';

export interface Selection {
  /** Areas shown, top to bottom. */
  areas: string[];
  /** F5 neurons of this class only ('all': every class). */
  f5Class: 'all' | UnitClassName;
  /** F5 neurons preferring one of these movements only (empty: all). */
  movements: string[];
  colorBy: 'movement' | 'class';
  /** One neuron picked out (drawn with a band and used by the PSTH). */
  highlight: { area: string; neuron: number } | null;
}

export const DEFAULT_SELECTION: Selection = {
  areas: ['STS', 'AUD', 'PF', 'F5', 'M1', 'PFC'],
  f5Class: 'all',
  movements: [],
  colorBy: 'movement',
  highlight: null,
};

/** The neurons of an area to show, in row order (F5: grouped by preferred movement). */
export function rowsOf(area: string, info: AgentInfo, sel: Selection, classes: UnitClasses | null): number[] {
  const a = info.areas.find((x) => x.area === area);
  if (!a) return [];
  const all = Array.from({ length: a.size }, (_, i) => i);
  if (area !== 'F5') return all;
  const movement = info.f5Movement;
  const kept = all.filter(
    (i) =>
      (sel.f5Class === 'all' || (classes !== null && classes.unitClass[i] === sel.f5Class)) &&
      (sel.movements.length === 0 || sel.movements.includes(movement[i]!)),
  );
  const rank = (i: number) => (MOVEMENTS as readonly string[]).indexOf(movement[i]!);
  return kept.sort((x, y) => rank(x) - rank(y) || x - y);
}

/** Colour of a neuron's spikes. */
export function neuronColor(
  area: string,
  neuron: number,
  info: AgentInfo,
  sel: Selection,
  classes: UnitClasses | null,
): string {
  if (area !== 'F5') return INK;
  if (sel.colorBy === 'class') return classes ? CLASS_COLORS[classes.unitClass[neuron]!]! : INK;
  return movementColor(info.f5Movement[neuron] ?? '');
}
