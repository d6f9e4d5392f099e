import type { PublishedResult } from '../types.js';

export const PUBLISHED: PublishedResult = {
  citation:
    'Umiltà MA, Kohler E, Gallese V, Fogassi L, Fadiga L, Keysers C, Rizzolatti G (2001) I know what you are doing: a neurophysiological study. Neuron 31:155–165.',
  finding:
    'Of 37 F5 mirror neurons tested, about half (19) also fired when the final, critical part of the grasp was hidden behind a screen, provided the monkey knew an object was there; none fired for a mimed grasp behind the screen.',
  values: {
    hiddenPercentOfGraspMirror: 51,
    mimedHiddenPercent: 0,
    note: '19 of 37 neurons [check]',
  },
};
