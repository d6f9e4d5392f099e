/**
 * Spec checks shared by the figure functions. Figure specs are built by experiment code from
 * simulated data, so a wrong spec is a bug upstream: each check throws at once with the figure and
 * the offending field in the message (`rasterPsthFigure: panels[2].trials must not be empty`) rather
 * than drawing a misleading figure.
 */

/** Throws `Error("<figure>: <field> <problem>")`. */
export function specError(figure: string, field: string, problem: string): never {
  throw new Error(`${figure}: ${field} ${problem}`);
}

/** Checks that `value` is a finite number. */
export function checkFinite(figure: string, field: string, value: unknown): asserts value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    specError(figure, field, `must be a finite number, got ${String(value)}`);
  }
}

/** Checks that `value` is a string (possibly empty). */
export function checkString(figure: string, field: string, value: unknown): asserts value is string {
  if (typeof value !== 'string') specError(figure, field, `must be a string, got ${typeof value}`);
}

/** Checks that `value` is an array with at least one element. */
export function checkNonEmptyArray(
  figure: string,
  field: string,
  value: unknown,
): asserts value is unknown[] {
  if (!Array.isArray(value)) specError(figure, field, 'must be an array');
  if (value.length === 0) specError(figure, field, 'must not be empty');
}
