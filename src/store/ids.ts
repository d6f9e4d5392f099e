/**
 * Run and sweep ids: the start time in milliseconds as 9 base-36 digits, a dash, and
 * 6 random base-36 digits, e.g. `0mhx3k2a1-4f8k2q`. Fixed width makes text order
 * equal time order (9 digits last until the year 5188), so ids sort like the runs
 * they name; the random part keeps ids unique across the processes and machines
 * whose results are later merged. Within one process ids are also strictly
 * increasing: when the clock has not moved (or went back) the random part of the
 * previous id is incremented instead of redrawn, so runs started in the same
 * millisecond still list in the order they were started.
 */
import { randomInt } from 'node:crypto';

const TIME_DIGITS = 9;
const RANDOM_DIGITS = 6;
const RANDOM_RANGE = 36 ** RANDOM_DIGITS;

let lastMs = -1;
let lastRandom = 0;

/** A new id, with the time (ms since the epoch) it encodes, to be stored as the start time. */
export function newId(now: number = Date.now()): { id: string; ms: number } {
  let ms = Math.max(0, Math.floor(now));
  let random: number;
  if (ms <= lastMs) {
    ms = lastMs;
    random = lastRandom + 1;
    if (random >= RANDOM_RANGE) {
      ms += 1;
      random = randomInt(RANDOM_RANGE / 2);
    }
  } else {
    // Drawn from the lower half so that same-millisecond increments rarely overflow.
    random = randomInt(RANDOM_RANGE / 2);
  }
  lastMs = ms;
  lastRandom = random;
  const id = `${ms.toString(36).padStart(TIME_DIGITS, '0')}-${random.toString(36).padStart(RANDOM_DIGITS, '0')}`;
  return { id, ms };
}
