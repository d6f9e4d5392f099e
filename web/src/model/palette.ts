/**
 * Colours and plain names. F5 neurons are coloured by the movement they prefer (read
 * from their motor wiring): ten movements, ten colours (Tableau 10, distinguishable
 * on a projector). Areas and classes have their own colours.
 */

/** The command features an F5 neuron can prefer, in a stable order. */
export const MOVEMENTS = [
  'reach',
  'grasp',
  'precision',
  'wholeHand',
  'hold',
  'toMouth',
  'toContainer',
  'break',
  'tear',
  'drop',
] as const;

export const MOVEMENT_WORDS: Record<string, string> = {
  reach: 'reach',
  grasp: 'grasp (any grip)',
  precision: 'precision grip',
  wholeHand: 'whole-hand grip',
  hold: 'hold',
  toMouth: 'bring to mouth',
  toContainer: 'put in box',
  break: 'break',
  tear: 'tear',
  drop: 'drop',
};

const TABLEAU10 = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
];

export function movementColor(m: string): string {
  const i = (MOVEMENTS as readonly string[]).indexOf(m);
  return i >= 0 ? TABLEAU10[i]! : '#888888';
}

export const AREA_WORDS: Record<string, { name: string; role: string }> = {
  STS: { name: 'STS', role: 'sees hands move' },
  AUD: { name: 'Auditory', role: 'hears sounds' },
  PF: { name: 'PF (parietal)', role: 'joins hand and object' },
  F5: { name: 'F5 (premotor)', role: 'plans hand acts — mirror neurons live here' },
  M1: { name: 'M1 (motor)', role: 'moves the hand' },
  PFC: { name: 'PFC (prefrontal)', role: 'remembers the object' },
};

export const AREA_COLORS: Record<string, string> = {
  STS: '#4e79a7',
  AUD: '#b07aa1',
  PF: '#76b7b2',
  F5: '#e15759',
  M1: '#59a14f',
  PFC: '#9c755f',
};

export const areaColor = (area: string) => AREA_COLORS[area] ?? '#666666';

export const CLASS_WORDS: Record<string, string> = {
  mirror: 'mirror (fires when doing and when watching)',
  motor: 'motor only (fires when doing)',
  visual: 'visual only (fires when watching)',
  unresponsive: 'no clear response',
};

export const CLASS_COLORS: Record<string, string> = {
  mirror: '#d62728',
  motor: '#1f77b4',
  visual: '#2ca02c',
  unresponsive: '#9a9a9a',
};

/** Neutral ink for spikes of areas without a preference colour. */
export const INK = '#2b2b2b';

/** Line colours for conditions in the PSTH, when their kind's colour is taken. */
export const SERIES_COLORS = [
  '#d62728',
  '#1f77b4',
  '#2ca02c',
  '#ff7f0e',
  '#9467bd',
  '#8c564b',
  '#17becf',
  '#7f7f7f',
];

/** Each kind of condition keeps its colour everywhere: doing red, watching blue… */
export const CONDITION_COLORS: Record<string, string> = {
  execute: '#d62728',
  observe: '#1f77b4',
  mime: '#2ca02c',
  hear: '#9467bd',
  silent: '#17becf',
  hidden: '#ff7f0e',
  hiddenMime: '#8c564b',
  objectAlone: '#7f7f7f',
};
