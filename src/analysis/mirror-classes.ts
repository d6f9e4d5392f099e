/**
 * Classification of premotor units the way Gallese et al. (1996) did it.
 *
 * A unit is *motor* if it responds when the subject performs at least one act, and
 * *visual* if it responds when the subject watches at least one act; *mirror* if both.
 * For a mirror unit, its effective executed acts E and effective observed acts O are
 * the acts with a significant response of at least `effectiveFraction` of its largest
 * response in that modality. Then:
 *   strictly congruent — O = E (same act, same grip);
 *   broadly congruent  — O ≠ E, but some observed act is one of E, has the same goal
 *                        as one of E, or is logically related to one of E (they follow
 *                        each other in an action, e.g. grasping and bringing to the mouth);
 *   non-congruent      — no such relation.
 */
export type MirrorClass = 'strict' | 'broad' | 'nonCongruent';
export type UnitClass = 'mirror' | 'motor' | 'visual' | 'unresponsive';

export interface ActResponses {
  /** For each act: whether the response is significant, and its size (Hz above baseline). */
  [act: string]: { significant: boolean; increaseHz: number };
}

export interface UnitClassification {
  unitClass: UnitClass;
  mirrorClass: MirrorClass | null;
  effectiveExecuted: string[];
  effectiveObserved: string[];
  /** Act with the largest execution response (null if not motor). */
  preferredExecuted: string | null;
  preferredObserved: string | null;
}

function effective(r: ActResponses, fraction: number): string[] {
  const sig = Object.entries(r).filter(([, x]) => x.significant);
  if (sig.length === 0) return [];
  const max = Math.max(...sig.map(([, x]) => x.increaseHz));
  return sig.filter(([, x]) => x.increaseHz >= fraction * max).map(([a]) => a);
}

function best(r: ActResponses): string | null {
  let out: string | null = null;
  let max = Number.NEGATIVE_INFINITY;
  for (const [a, x] of Object.entries(r)) {
    if (x.significant && x.increaseHz > max) {
      max = x.increaseHz;
      out = a;
    }
  }
  return out;
}

/**
 * Classify one unit. `related(a, b)` says whether two different acts share a goal or
 * follow each other in an action.
 */
export function classifyUnit(
  executed: ActResponses,
  observed: ActResponses,
  related: (a: string, b: string) => boolean,
  effectiveFraction = 0.5,
): UnitClassification {
  const E = effective(executed, effectiveFraction);
  const O = effective(observed, effectiveFraction);
  const motor = E.length > 0;
  const visual = O.length > 0;
  const unitClass: UnitClass =
    motor && visual ? 'mirror' : motor ? 'motor' : visual ? 'visual' : 'unresponsive';
  let mirrorClass: MirrorClass | null = null;
  if (unitClass === 'mirror') {
    const same = E.length === O.length && E.every((a) => O.includes(a));
    if (same) mirrorClass = 'strict';
    else if (O.some((o) => E.some((e) => e === o || related(e, o)))) mirrorClass = 'broad';
    else mirrorClass = 'nonCongruent';
  }
  return {
    unitClass,
    mirrorClass,
    effectiveExecuted: E,
    effectiveObserved: O,
    preferredExecuted: best(executed),
    preferredObserved: best(observed),
  };
}
