/**
 * The ordered list of update operations one simulation step runs.
 *
 * Each operation declares the buffers it reads, sets (overwrites), increments
 * (adds into) and updates (reads and rewrites in place), as Nengo's operators do.
 * The builder sorts operations by phase, refuses two operations that set the same
 * buffer in one phase, and can print the schedule, so the order of a step is
 * explicit, testable and diffable.
 */

/** The phases of one step, in order (Brian2's schedule, with delayed arrival made explicit). */
export const PHASES = ['inputs', 'neurons', 'propagate', 'plasticity', 'arrive', 'probes'] as const;
export type Phase = (typeof PHASES)[number];

export interface Operation {
  readonly phase: Phase;
  /** What the operation does, e.g. "lif E" or "deliver E->I". */
  readonly name: string;
  readonly reads: readonly string[];
  readonly sets: readonly string[];
  readonly increments: readonly string[];
  readonly updates: readonly string[];
  /** Run for step number `step` (time = step · dt). */
  run(step: number): void;
}

/** Sort operations into phase order (stable within a phase) and check for conflicting writers. */
export function orderOperations(ops: readonly Operation[]): Operation[] {
  const rank = new Map<Phase, number>(PHASES.map((p, i) => [p, i]));
  const ordered = ops
    .map((op, i) => ({ op, i }))
    .sort((x, y) => rank.get(x.op.phase)! - rank.get(y.op.phase)! || x.i - y.i)
    .map((x) => x.op);
  for (const phase of PHASES) {
    const setters = new Map<string, string>();
    for (const op of ordered) {
      if (op.phase !== phase) continue;
      for (const buffer of op.sets) {
        const other = setters.get(buffer);
        if (other !== undefined) {
          throw new Error(`schedule: "${op.name}" and "${other}" both set ${buffer} in phase ${phase}`);
        }
        setters.set(buffer, op.name);
      }
    }
  }
  return ordered;
}

/** A human-readable listing of the schedule, one operation per line. */
export function formatSchedule(ops: readonly Operation[]): string {
  const lines: string[] = [];
  ops.forEach((op, i) => {
    const parts: string[] = [];
    if (op.reads.length) parts.push(`reads ${op.reads.join(', ')}`);
    if (op.sets.length) parts.push(`sets ${op.sets.join(', ')}`);
    if (op.increments.length) parts.push(`increments ${op.increments.join(', ')}`);
    if (op.updates.length) parts.push(`updates ${op.updates.join(', ')}`);
    lines.push(
      `${String(i + 1).padStart(3)}. ${op.phase.padEnd(10)} ${op.name.padEnd(28)} ${parts.join('; ')}`,
    );
  });
  return lines.join('\n');
}

/** Shorthand for building an operation. */
export function operation(
  phase: Phase,
  name: string,
  io: { reads?: string[]; sets?: string[]; increments?: string[]; updates?: string[] },
  run: (step: number) => void,
): Operation {
  return {
    phase,
    name,
    reads: io.reads ?? [],
    sets: io.sets ?? [],
    increments: io.increments ?? [],
    updates: io.updates ?? [],
    run,
  };
}
