import type { PublishedResult } from '../types.js';

export const PUBLISHED: PublishedResult = {
  citation:
    'Kohler E, Keysers C, Umiltà MA, Fogassi L, Gallese V, Rizzolatti G (2002) Hearing sounds, understanding actions: action representation in mirror neurons. Science 297:846–848; Keysers C et al. (2003) Exp Brain Res 153:628–636.',
  finding:
    'A minority of F5 neurons (63 of 497, ~13%) discharge both when the monkey performs a noisy act and when it only hears it; most also respond when it sees the act; the act (e.g. peanut breaking vs paper ripping) could be told apart from the population’s sound-only responses with ~97% accuracy; control noises evoke no response.',
  values: {
    audioMirrorPercentOfF5: 12.7,
    decodingAccuracyPercent: 97,
    note: '63/497 neurons; decoding from Keysers et al. 2003 [check]',
  },
};
