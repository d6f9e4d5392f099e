/**
 * The conditions the lab can show, grouped by the experiment they come from, in plain
 * words. Pure data: the page reads it to fill its menus; the simulation turns an id
 * into a scene (condition-scenes.ts).
 *
 * Ids follow the recording protocol's names: `execute:<act>` (the monkey performs),
 * `observe:<act>` (it watches the experimenter), `mime:<act>` (the act without an
 * object), `objectAlone:<object>`; the demonstrations add `hear:<act>` (in the dark:
 * sound only), `silent:<act>` (seen, not heard), `hidden:<act>` and `hiddenMime:<act>`
 * (behind a screen, with or without an object there), `noise:<sound>` (a control noise
 * in the dark).
 */

export type Who = 'self' | 'other';

export interface ConditionDef {
  id: string;
  /** The experiment (or lab demonstration) it belongs to. */
  group: string;
  label: string;
  who: Who;
  /** The act, if any. */
  act: string | null;
  object: string | null;
}

export interface ConditionGroup {
  id: string;
  title: string;
  conditions: ConditionDef[];
}

/** Acts tested in the F5 recordings, and the object each is done on (as in the protocol). */
export const TEST_ACTS = [
  'precisionGrip',
  'wholeHandGrip',
  'hold',
  'bringToMouth',
  'place',
  'break',
  'tear',
] as const;

export const ACT_OBJECT: Record<string, string> = {
  precisionGrip: 'raisin',
  wholeHandGrip: 'ball',
  hold: 'cube',
  bringToMouth: 'raisin',
  place: 'cube',
  break: 'peanut',
  tear: 'paper',
  drop: 'stick',
  reach: 'cube',
};

/** Acts in plain words (verb phrases). */
export const ACT_WORDS: Record<string, string> = {
  reach: 'reaches for',
  precisionGrip: 'picks up (precision grip)',
  wholeHandGrip: 'grabs (whole hand)',
  hold: 'holds',
  bringToMouth: 'brings to the mouth',
  place: 'puts in the box',
  break: 'breaks',
  tear: 'tears',
  drop: 'drops',
};

/** Short names of acts, for legends and axes. */
export const ACT_SHORT: Record<string, string> = {
  reach: 'reach',
  precisionGrip: 'precision grip',
  wholeHandGrip: 'whole-hand grip',
  hold: 'hold',
  bringToMouth: 'to mouth',
  place: 'place',
  break: 'break',
  tear: 'tear',
  drop: 'drop',
};

export const OBJECT_WORDS: Record<string, string> = {
  raisin: 'a raisin',
  peanut: 'a peanut',
  appleSlice: 'an apple slice',
  cube: 'a cube',
  ball: 'a ball',
  paper: 'a sheet of paper',
  stick: 'a stick',
};

const the = (object: string) => (OBJECT_WORDS[object] ?? object).replace(/^an? /, 'the ');

function gallese(): ConditionDef[] {
  const out: ConditionDef[] = [];
  for (const act of TEST_ACTS) {
    const object = ACT_OBJECT[act]!;
    const words = `${ACT_WORDS[act]} ${the(object)}`;
    out.push(
      { id: `execute:${act}`, group: 'gallese1996', label: `Monkey ${words}`, who: 'self', act, object },
      {
        id: `observe:${act}`,
        group: 'gallese1996',
        label: `Monkey watches: researcher ${words}`,
        who: 'other',
        act,
        object: object,
      },
      {
        id: `mime:${act}`,
        group: 'gallese1996',
        label: `Monkey watches: researcher mimes "${ACT_SHORT[act]}" (no object)`,
        who: 'other',
        act,
        object: null,
      },
    );
  }
  for (const object of ['raisin', 'peanut', 'cube', 'paper', 'ball']) {
    out.push({
      id: `objectAlone:${object}`,
      group: 'gallese1996',
      label: `Monkey sees ${OBJECT_WORDS[object]} alone (nobody acts)`,
      who: 'other',
      act: null,
      object,
    });
  }
  return out;
}

function hearing(): ConditionDef[] {
  const out: ConditionDef[] = [];
  for (const act of ['break', 'tear', 'drop'] as const) {
    const object = ACT_OBJECT[act]!;
    const words = `${ACT_WORDS[act]} ${the(object)}`;
    out.push(
      {
        id: `observe:${act}`,
        group: 'kohler2002',
        label: `Sees and hears: researcher ${words}`,
        who: 'other',
        act,
        object,
      },
      {
        id: `silent:${act}`,
        group: 'kohler2002',
        label: `Sees only (no sound): researcher ${words}`,
        who: 'other',
        act,
        object,
      },
      {
        id: `hear:${act}`,
        group: 'kohler2002',
        label: `Hears only (lights off): researcher ${words}`,
        who: 'other',
        act,
        object,
      },
      { id: `execute:${act}`, group: 'kohler2002', label: `Monkey ${words}`, who: 'self', act, object },
    );
  }
  for (const [noise, words] of [
    ['whiteNoise', 'white noise'],
    ['monkeyCall', 'a monkey call'],
    ['click', 'a click'],
  ] as const) {
    out.push({
      id: `noise:${noise}`,
      group: 'kohler2002',
      label: `Hears ${words} in the dark (a control: no act makes it)`,
      who: 'other',
      act: null,
      object: null,
    });
  }
  return out;
}

function hidden(): ConditionDef[] {
  const act = 'precisionGrip';
  return [
    {
      id: `observe:${act}`,
      group: 'umilta2001',
      label: 'Full view: researcher picks up the raisin',
      who: 'other',
      act,
      object: 'raisin',
    },
    {
      id: `hidden:${act}`,
      group: 'umilta2001',
      label: 'Hidden: raisin shown, then a screen comes up; the grasp ends behind it',
      who: 'other',
      act,
      object: 'raisin',
    },
    {
      id: `mime:${act}`,
      group: 'umilta2001',
      label: 'Full view, no raisin: researcher mimes the grasp',
      who: 'other',
      act,
      object: null,
    },
    {
      id: `hiddenMime:${act}`,
      group: 'umilta2001',
      label: 'Hidden, no raisin: the mimed grasp behind the screen',
      who: 'other',
      act,
      object: null,
    },
    {
      id: `execute:${act}`,
      group: 'umilta2001',
      label: 'Monkey picks up the raisin',
      who: 'self',
      act,
      object: 'raisin',
    },
  ];
}

/**
 * Experiments and demonstrations, in menu order. Groups whose id is a registered
 * experiment (`mirrorlab run <id>`) are labelled as such by the page; the others
 * are demonstrations of the lab only.
 */
export const CONDITION_GROUPS: ConditionGroup[] = [
  {
    id: 'gallese1996',
    title: 'Gallese et al. 1996 — performing and watching hand acts',
    conditions: gallese(),
  },
  {
    id: 'kohler2002',
    title: 'Kohler et al. 2002 — hearing an act',
    conditions: hearing(),
  },
  {
    id: 'umilta2001',
    title: 'Umiltà et al. 2001 — an act hidden behind a screen',
    conditions: hidden(),
  },
];

/** A condition by id (the first group that has it). */
export function findCondition(id: string): ConditionDef | undefined {
  for (const g of CONDITION_GROUPS) {
    const c = g.conditions.find((x) => x.id === id);
    if (c) return c;
  }
  return undefined;
}

/** Every distinct condition id. */
export function allConditionIds(): string[] {
  return [...new Set(CONDITION_GROUPS.flatMap((g) => g.conditions.map((c) => c.id)))];
}
