/** Objects an agent can act on, and the container and occluding screen of the scenes. */

export type ObjectCategory = 'food' | 'nonfood';

export interface ObjectKind {
  readonly name: string;
  readonly category: ObjectCategory;
  /** Size the hand must open to (cm). */
  readonly sizeCm: number;
  /** Acts that only make sense with this object. */
  readonly breakable: boolean;
  readonly tearable: boolean;
}

const kind = (
  name: string,
  category: ObjectCategory,
  sizeCm: number,
  extra: Partial<ObjectKind> = {},
): ObjectKind => ({
  name,
  category,
  sizeCm,
  breakable: false,
  tearable: false,
  ...extra,
});

/** The standard objects. Small objects (< 3 cm) invite a precision grip, large ones a whole-hand grip. */
export const OBJECTS = {
  raisin: kind('raisin', 'food', 1),
  peanut: kind('peanut', 'food', 2, { breakable: true }),
  appleSlice: kind('appleSlice', 'food', 5),
  cube: kind('cube', 'nonfood', 2.5),
  ball: kind('ball', 'nonfood', 6),
  paper: kind('paper', 'nonfood', 4, { tearable: true }),
  stick: kind('stick', 'nonfood', 5),
} as const satisfies Record<string, ObjectKind>;

export type ObjectName = keyof typeof OBJECTS;
export const OBJECT_NAMES = Object.keys(OBJECTS) as ObjectName[];

export function objectKind(name: string): ObjectKind {
  const o = (OBJECTS as Record<string, ObjectKind>)[name];
  if (!o) throw new Error(`unknown object "${name}" (known: ${OBJECT_NAMES.join(', ')})`);
  return o;
}

/** The grip an object affords: precision for small objects, whole hand for large ones. */
export function affordedGrip(o: ObjectKind): 'precisionGrip' | 'wholeHandGrip' {
  return o.sizeCm < 3 ? 'precisionGrip' : 'wholeHandGrip';
}
