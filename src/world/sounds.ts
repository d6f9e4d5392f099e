/**
 * Sounds: those acts make (breaking, tearing, dropping) and control noises that
 * no act makes. Each has a duration; the auditory encoder turns a sound into the
 * activity of its auditory feature channels.
 */

export interface SoundKind {
  readonly name: string;
  readonly durationMs: number;
  /** Whether an act produces it (false: a control noise). */
  readonly actionSound: boolean;
  /**
   * Its acoustic features, as weights over the auditory feature channels
   * (frequency bands × temporal textures) — sounds with similar features excite
   * overlapping auditory units.
   */
  readonly spectrum: readonly number[];
}

/** Names of the auditory feature channels that `spectrum` weights. */
export const AUDITORY_FEATURES = [
  'low-band',
  'mid-band',
  'high-band',
  'broadband',
  'impulsive',
  'crackling',
  'sustained',
  'harmonic',
] as const;

const s = (name: string, durationMs: number, actionSound: boolean, spectrum: number[]): SoundKind => ({
  name,
  durationMs,
  actionSound,
  spectrum,
});

export const SOUNDS = {
  // act sounds
  crack: s('crack', 300, true, [0.2, 0.8, 0.6, 0.3, 1.0, 0.7, 0.0, 0.0]),
  rip: s('rip', 350, true, [0.1, 0.4, 0.9, 0.8, 0.2, 0.9, 0.6, 0.0]),
  thud: s('thud', 250, true, [1.0, 0.5, 0.0, 0.2, 0.9, 0.0, 0.0, 0.1]),
  // control noises (white noise: flat over the bands, stationary — no impulses, no crackle)
  whiteNoise: s('whiteNoise', 300, false, [0.6, 0.6, 0.6, 1.0, 0.0, 0.0, 1.0, 0.0]),
  monkeyCall: s('monkeyCall', 400, false, [0.2, 0.9, 0.5, 0.0, 0.1, 0.0, 0.6, 1.0]),
  click: s('click', 50, false, [0.3, 0.6, 0.9, 0.4, 1.0, 0.0, 0.0, 0.0]),
} as const satisfies Record<string, SoundKind>;

export type SoundName = keyof typeof SOUNDS;
export const CONTROL_NOISES: SoundName[] = ['whiteNoise', 'monkeyCall', 'click'];

export function soundKind(name: string): SoundKind {
  const k = (SOUNDS as Record<string, SoundKind>)[name];
  if (!k) throw new Error(`unknown sound "${name}" (known: ${Object.keys(SOUNDS).join(', ')})`);
  return k;
}
