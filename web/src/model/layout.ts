/**
 * Layouts: which panels are shown, in which order and size, and what the raster
 * selects — saved as versioned JSON so a teacher can keep a layout for class and a
 * researcher one for checking a protocol, switch between them, and share them as files.
 * Older versions are upgraded when read; unknown newer ones are refused with a message.
 */
import * as z from 'zod';
import { DEFAULT_SELECTION } from './selection.js';

export const LAYOUT_FORMAT = 'mirrorlab-lab-layout';
export const LAYOUT_VERSION = 1;

export const PANEL_IDS = ['scene', 'raster', 'psth', 'rates', 'weights', 'development', 'runs'] as const;
export type PanelId = (typeof PANEL_IDS)[number];

const PanelPlacement = z.strictObject({
  id: z.enum(PANEL_IDS),
  /** Width in twelfths of the page. */
  span: z.number().int().min(3).max(12),
  /** Height of the drawing (CSS px). */
  height: z.number().int().min(120).max(1200),
});
export type PanelPlacement = z.infer<typeof PanelPlacement>;

const SelectionSchema = z.strictObject({
  areas: z.array(z.string()),
  f5Class: z.enum(['all', 'mirror', 'motor', 'visual', 'unresponsive']),
  movements: z.array(z.string()),
  colorBy: z.enum(['movement', 'class']),
  highlight: z.strictObject({ area: z.string(), neuron: z.number().int().min(0) }).nullable(),
});

export const Layout = z.strictObject({
  format: z.literal(LAYOUT_FORMAT),
  version: z.literal(LAYOUT_VERSION),
  name: z.string().min(1).max(80),
  /** Panels shown, in order. */
  panels: z.array(PanelPlacement).min(1),
  selection: SelectionSchema,
  /** Seconds of simulated time the raster and rates show. */
  windowS: z.number().min(0.5).max(30),
});
export type Layout = z.infer<typeof Layout>;

export class LayoutError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LayoutError';
  }
}

/** Read a layout from parsed JSON, upgrading older versions. */
export function parseLayout(data: unknown): Layout {
  if (typeof data !== 'object' || data === null) throw new LayoutError('a layout must be a JSON object');
  const d = data as Record<string, unknown>;
  if (d.format !== LAYOUT_FORMAT)
    throw new LayoutError(`not a lab layout (format should be "${LAYOUT_FORMAT}")`);
  if (typeof d.version === 'number' && d.version > LAYOUT_VERSION)
    throw new LayoutError(
      `layout version ${d.version} is newer than this lab understands (${LAYOUT_VERSION})`,
    );
  const r = Layout.safeParse(d);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new LayoutError(`layout ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return r.data;
}

const place = (id: PanelId, span: number, height: number): PanelPlacement => ({ id, span, height });
const base = (name: string, panels: PanelPlacement[], areas: string[], windowS = 3): Layout => ({
  format: LAYOUT_FORMAT,
  version: LAYOUT_VERSION,
  name,
  panels,
  selection: { ...DEFAULT_SELECTION, areas },
  windowS,
});

/** Built-in layouts. */
export const PRESET_LAYOUTS: Layout[] = [
  base(
    'Class',
    [place('scene', 6, 340), place('raster', 6, 340), place('psth', 6, 260), place('rates', 6, 260)],
    ['STS', 'F5', 'M1'],
  ),
  base(
    'Researcher',
    [
      place('scene', 4, 380),
      place('raster', 8, 380),
      place('psth', 4, 260),
      place('rates', 4, 260),
      place('weights', 4, 260),
      place('development', 6, 240),
      place('runs', 6, 240),
    ],
    ['STS', 'AUD', 'PF', 'F5', 'M1', 'PFC'],
  ),
  base(
    'Development',
    [
      place('development', 5, 300),
      place('weights', 7, 300),
      place('scene', 4, 260),
      place('raster', 8, 260),
      place('rates', 12, 180),
    ],
    ['STS', 'AUD', 'F5', 'M1'],
    5,
  ),
];

/** Where layouts are kept between visits: the chosen one and the ones saved by the user. */
export interface LayoutStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const SAVED_KEY = 'mirrorlab.lab.layouts';
const CURRENT_KEY = 'mirrorlab.lab.layout';

/** Layouts saved by the user (unreadable entries are skipped, not fatal). */
export function savedLayouts(storage: LayoutStorage): Layout[] {
  try {
    const list = JSON.parse(storage.getItem(SAVED_KEY) ?? '[]') as unknown[];
    return list.flatMap((x) => {
      try {
        return [parseLayout(x)];
      } catch {
        return [];
      }
    });
  } catch {
    return [];
  }
}

/** Save (or replace, by name) a user layout. */
export function saveLayout(storage: LayoutStorage, layout: Layout): void {
  const list = savedLayouts(storage).filter((l) => l.name !== layout.name);
  list.push(layout);
  storage.setItem(SAVED_KEY, JSON.stringify(list));
}

export function rememberCurrent(storage: LayoutStorage, layout: Layout): void {
  storage.setItem(CURRENT_KEY, JSON.stringify(layout));
}

export function currentLayout(storage: LayoutStorage): Layout {
  try {
    const raw = storage.getItem(CURRENT_KEY);
    if (raw) return parseLayout(JSON.parse(raw));
  } catch {
    // A damaged or outdated entry falls back to the first preset.
  }
  return PRESET_LAYOUTS[0]!;
}

/** All layouts to choose from: presets first, then the user's (a user layout may shadow a preset's name). */
export function allLayouts(storage: LayoutStorage): Layout[] {
  const mine = savedLayouts(storage);
  return [...PRESET_LAYOUTS.filter((p) => !mine.some((m) => m.name === p.name)), ...mine];
}
