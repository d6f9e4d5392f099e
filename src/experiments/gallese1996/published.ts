import type { PublishedResult } from '../types.js';

export const PUBLISHED: PublishedResult = {
  citation:
    'Gallese V, Fadiga L, Fogassi L, Rizzolatti G (1996) Action recognition in the premotor cortex. Brain 119:593–609; di Pellegrino G et al. (1992) Exp Brain Res 91:176–180.',
  finding:
    'A minority of F5 neurons (92 of 532, ~17%) discharge both when the monkey performs a hand act and when it watches the experimenter do it; about a third are strictly congruent (same act, same grip), about two thirds broadly congruent, under 10% non-congruent. An object alone or a mimed act evokes no response or a much weaker one.',
  values: {
    mirrorPercentOfF5: 17.3,
    strictPercentOfMirror: 31.5,
    broadPercentOfMirror: 60.9,
    nonCongruentPercentOfMirror: 7.6,
    note: 'percentages as reported in secondary sources [check]: 92/532 mirror; 29/92 strict, 56/92 broad, 7/92 non-congruent',
  },
};
