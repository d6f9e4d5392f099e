/**
 * Drawing the scene from the side: the monkey (the simulated agent) on the left, the
 * researcher on the right, a table between them with the object, the box, the screen,
 * and a cue when an act makes a sound. Positions follow the scene's kinematics (hand
 * distance, grip aperture, contact, what happens to the object); the drawing is a
 * diagram, not a rendering: objects are drawn larger than life so a class can see them.
 *
 * Everything is laid out in a virtual 800 × 440 space and scaled to the panel.
 */
import type { SceneState } from '../../../src/index.js';
import type { Painter, TextStyle } from '../draw/painter.js';
import { ACT_SHORT } from '../lab/conditions.js';
import type { TrialInfo } from '../lab/protocol.js';

export const VIRTUAL_W = 800;
export const VIRTUAL_H = 440;

/** Pixels per cm of hand travel, and per cm of object and grip size (exaggerated ×1.4 so small objects show). */
const TRAVEL_PX_PER_CM = 6.3;
const SIZE_PX_PER_CM = 9;
const REACH_CM = 30;

const TABLE_Y = 292;
const TABLE_X0 = 150;
const TABLE_X1 = 650;
const FLOOR_Y = 392;
const OBJECT_X = 400;
const BOX_X = 500;
/** Where the palm sits relative to the object it holds (fingers reach the rest). */
const GRIP_REACH = 26;

const COLORS = {
  wall: '#f6f1e7',
  floor: '#e4dccb',
  table: '#c9a46c',
  tableEdge: '#a8844c',
  fur: '#7a4f2a',
  face: '#e6c49c',
  skin: '#f0c8a0',
  coat: '#ffffff',
  coatLine: '#aab6c2',
  hair: '#3b2f2f',
  ink: '#2b2b2b',
  muted: '#6b6b6b',
  sound: '#d62728',
  screen: '#8d99a6',
  sight: '#4e79a7',
};

interface ActorGeometry {
  /** −1: acts from the left (the monkey); +1: from the right (the researcher). */
  side: -1 | 1;
  shoulder: [number, number];
  mouth: [number, number];
  eye: [number, number];
  rest: [number, number];
  arm: string;
  hand: string;
}

const MONKEY: ActorGeometry = {
  side: -1,
  shoulder: [118, 248],
  mouth: [126, 204],
  eye: [114, 180],
  rest: [200, TABLE_Y - 9],
  arm: COLORS.fur,
  hand: '#5c3a1e',
};

const RESEARCHER: ActorGeometry = {
  side: 1,
  shoulder: [694, 232],
  mouth: [708, 156],
  eye: [712, 134],
  rest: [604, TABLE_Y - 9],
  arm: '#dfe6ee',
  hand: COLORS.skin,
};

/** A painter seen through a uniform scale and offset (the virtual space fitted to the panel). */
class Fit {
  constructor(
    readonly p: Painter,
    readonly k: number,
    readonly ox: number,
    readonly oy: number,
  ) {}
  x = (v: number) => this.ox + v * this.k;
  y = (v: number) => this.oy + v * this.k;
  s = (v: number) => v * this.k;
  pts = (ps: readonly (readonly [number, number])[]) => ps.map(([a, b]) => [this.x(a), this.y(b)] as const);
  text(x: number, y: number, t: string, style: TextStyle = {}) {
    this.p.text(this.x(x), this.y(y), t, { ...style, size: (style.size ?? 12) * Math.max(0.75, this.k) });
  }
}

export interface SceneView {
  state: SceneState | null;
  trial: TrialInfo | null;
  /** Playhead (simulated session ms). */
  nowMs: number;
  /** End of the block (after the inter-trial rest). */
  blockEndMs: number | null;
}

export function drawScene(p: Painter, view: SceneView): void {
  const k = Math.min(p.width / VIRTUAL_W, p.height / VIRTUAL_H);
  const f = new Fit(p, k, (p.width - VIRTUAL_W * k) / 2, (p.height - VIRTUAL_H * k) / 2);
  p.clear('#ffffff');
  p.rect(f.x(0), f.y(30), f.s(VIRTUAL_W), f.s(FLOOR_Y - 30), COLORS.wall);
  p.rect(f.x(0), f.y(FLOOR_Y), f.s(VIRTUAL_W), f.s(VIRTUAL_H - 48 - FLOOR_Y), COLORS.floor);

  const s = view.state;
  const who = s?.actor.viewpoint ?? null;
  drawResearcher(f, who === 'other');
  drawTable(f);
  drawMonkey(f, who === 'self');

  if (s?.container) drawBox(f, s.container.visible);
  const pose = s ? handPose(s) : null;
  const objectAt = s?.object ? objectPosition(s, pose) : null;
  if (s?.object && objectAt && !s.object.visible && s.object.condition !== 'inMouth') f.p.setAlpha(0.35);
  if (s?.object && objectAt && s.object.condition !== 'inMouth')
    drawObject(f, s.object.kind.name, s.object.kind.sizeCm, s.object.condition, objectAt);
  f.p.setAlpha(1);

  // The resting hands of both, then the acting arm on top.
  const acting = s?.hand ? (who === 'self' ? MONKEY : RESEARCHER) : null;
  for (const a of [MONKEY, RESEARCHER]) if (a !== acting) drawArm(f, a, a.rest, 'relaxed', 1.5, true);
  if (s?.hand && acting && pose) {
    const hidden = !s.hand.visible;
    if (hidden) f.p.setAlpha(0.35);
    drawArm(f, acting, pose.palm, s.hand.grip, s.hand.apertureCm, true);
    f.p.setAlpha(1);
    if (hidden && s.screen)
      f.text(pose.palm[0], pose.palm[1] + 34, 'hidden from the monkey', {
        size: 11,
        color: COLORS.muted,
        align: 'middle',
        italic: true,
      });
    if (!hidden) drawSightLine(f, pose.palm);
  } else if (s?.object?.visible && objectAt) drawSightLine(f, objectAt);

  if (s?.screen) drawScreen(f);
  // The scene state says what is visible, not why: the trial says whether the lights are off.
  if (view.trial?.dark && view.nowMs < view.trial.endMs) drawDark(f);
  // The sound last: in the dark it is all the monkey gets.
  if (s && s.sounds.length > 0) drawSound(f, s, objectAt ?? [OBJECT_X, TABLE_Y - 30]);
  drawCaption(f, view);
  drawTimeline(f, view);
}

/** Where the hand is, from the act and its phase (palm centre, pointing at the object). */
interface Pose {
  palm: [number, number];
  /** The object moves with the hand, at this point. */
  carry: [number, number] | null;
}

function actorOf(s: SceneState): ActorGeometry {
  return s.actor.viewpoint === 'self' ? MONKEY : RESEARCHER;
}

function objectRest(sizeCm: number): [number, number] {
  return [OBJECT_X, TABLE_Y - (sizeCm * SIZE_PX_PER_CM) / 2];
}

const lerp = (a: [number, number], b: [number, number], t: number): [number, number] => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
];
const smooth = (x: number) => {
  const u = Math.min(1, Math.max(0, x));
  return u * u * u * (10 - 15 * u + 6 * u * u);
};

function handPose(s: SceneState): Pose | null {
  if (!s.act || !s.hand) return null;
  const a = actorOf(s);
  const size = s.object?.kind.sizeCm ?? 2.5;
  const obj = objectRest(size);
  const gripAt = (o: [number, number]): [number, number] => [o[0] + a.side * GRIP_REACH, o[1]];
  const phase = s.act.phase;
  switch (s.act.name) {
    case 'reach':
    case 'precisionGrip':
    case 'wholeHandGrip': {
      const d = Math.min(REACH_CM, s.hand.distanceCm);
      const x = gripAt(obj)[0] + a.side * d * TRAVEL_PX_PER_CM;
      // The hand rises a little on its way (a reach is an arc, not a slide on the table).
      const lift = 34 * Math.sin((Math.PI * d) / REACH_CM);
      return { palm: [x, obj[1] - lift], carry: s.hand.contact ? obj : null };
    }
    case 'bringToMouth': {
      const o = lerp(obj, [a.mouth[0] - a.side * 4, a.mouth[1]], smooth(phase));
      return { palm: gripAt(o), carry: o };
    }
    case 'place': {
      const t = smooth(phase / 0.8);
      const above: [number, number] = [BOX_X, TABLE_Y - 44];
      const mid: [number, number] = [(OBJECT_X + BOX_X) / 2, TABLE_Y - 70];
      const o = t < 0.5 ? lerp(obj, mid, t * 2) : lerp(mid, above, (t - 0.5) * 2);
      if (phase >= 0.8)
        return { palm: [gripAt(above)[0] + a.side * (phase - 0.8) * 120, above[1] - 10], carry: null };
      return { palm: gripAt(o), carry: o };
    }
    case 'drop': {
      const lifted: [number, number] = [obj[0], obj[1] - 60];
      if (phase < 0.3) {
        const o = lerp(obj, lifted, phase / 0.3);
        return { palm: gripAt(o), carry: o };
      }
      return {
        palm: [gripAt(lifted)[0] + a.side * (phase - 0.3) * 60, lifted[1] - (phase - 0.3) * 30],
        carry: null,
      };
    }
    default:
      // hold, break, tear: the hand holds the object where it lies
      return { palm: gripAt(obj), carry: obj };
  }
}

function objectPosition(s: SceneState, pose: Pose | null): [number, number] | null {
  const o = s.object!;
  const rest = objectRest(o.kind.sizeCm);
  if (o.condition === 'inContainer') return [BOX_X, TABLE_Y - 12];
  if (pose?.carry) return pose.carry;
  if (s.act?.name === 'drop' && s.act.phase >= 0.3) {
    // falling from the lifted hand back onto the table
    const t = Math.min(1, (s.act.phase - 0.3) / 0.3);
    return [rest[0], rest[1] - 60 * (1 - t * t)];
  }
  return rest;
}

function drawTable(f: Fit): void {
  const { p } = f;
  p.rect(f.x(TABLE_X0 + 14), f.y(TABLE_Y + 10), f.s(10), f.s(FLOOR_Y - TABLE_Y - 10), COLORS.tableEdge);
  p.rect(f.x(TABLE_X1 - 24), f.y(TABLE_Y + 10), f.s(10), f.s(FLOOR_Y - TABLE_Y - 10), COLORS.tableEdge);
  p.rect(f.x(TABLE_X0), f.y(TABLE_Y), f.s(TABLE_X1 - TABLE_X0), f.s(12), COLORS.table, f.s(3));
  p.line(f.x(TABLE_X0), f.y(TABLE_Y + 12), f.x(TABLE_X1), f.y(TABLE_Y + 12), COLORS.tableEdge, f.s(2));
}

function drawMonkey(f: Fit, acting: boolean): void {
  const { p } = f;
  p.ellipse(f.x(80), f.y(300), f.s(48), f.s(76), COLORS.fur);
  p.circle(f.x(70), f.y(168), f.s(14), COLORS.fur);
  p.circle(f.x(70), f.y(168), f.s(8), COLORS.face);
  p.circle(f.x(96), f.y(186), f.s(38), COLORS.fur);
  p.ellipse(f.x(112), f.y(192), f.s(22), f.s(26), COLORS.face);
  p.circle(f.x(MONKEY.eye[0]), f.y(MONKEY.eye[1]), f.s(4), COLORS.ink);
  p.circle(f.x(124), f.y(180), f.s(4), COLORS.ink);
  p.line(f.x(118), f.y(206), f.x(128), f.y(204), COLORS.ink, f.s(2));
  f.text(8, FLOOR_Y + 18, acting ? 'the monkey — acting' : 'the monkey — watching', {
    size: 12,
    align: 'start',
    weight: acting ? 'bold' : 'normal',
    color: acting ? COLORS.ink : COLORS.muted,
  });
}

function drawResearcher(f: Fit, acting: boolean): void {
  const { p } = f;
  p.polygon(
    f.pts([
      [676, 214],
      [784, 214],
      [796, FLOOR_Y],
      [664, FLOOR_Y],
    ]),
    COLORS.coat,
    COLORS.coatLine,
    f.s(2),
  );
  p.line(f.x(730), f.y(220), f.x(730), f.y(FLOOR_Y), COLORS.coatLine, f.s(1.5));
  p.rect(f.x(718), f.y(170), f.s(22), f.s(28), COLORS.skin);
  p.circle(f.x(730), f.y(140), f.s(34), COLORS.skin);
  p.polygon(
    f.pts([
      [696, 134],
      [700, 108],
      [730, 100],
      [762, 112],
      [764, 140],
      [752, 120],
      [716, 118],
    ]),
    COLORS.hair,
  );
  p.circle(f.x(RESEARCHER.eye[0]), f.y(RESEARCHER.eye[1]), f.s(3.5), COLORS.ink);
  p.line(f.x(704), f.y(158), f.x(716), f.y(158), COLORS.ink, f.s(2));
  f.text(VIRTUAL_W - 8, FLOOR_Y + 18, acting ? 'the researcher — acting' : 'the researcher', {
    size: 12,
    align: 'end',
    weight: acting ? 'bold' : 'normal',
    color: acting ? COLORS.ink : COLORS.muted,
  });
}

function drawBox(f: Fit, visible: boolean): void {
  const { p } = f;
  if (!visible) return;
  p.polygon(
    f.pts([
      [BOX_X - 32, TABLE_Y - 30],
      [BOX_X + 32, TABLE_Y - 30],
      [BOX_X + 26, TABLE_Y],
      [BOX_X - 26, TABLE_Y],
    ]),
    '#d9c29a',
    '#8c7450',
    f.s(2),
  );
  f.text(BOX_X, TABLE_Y - 36, 'box', { size: 10, align: 'middle', color: COLORS.muted });
}

function drawArm(
  f: Fit,
  a: ActorGeometry,
  palm: [number, number],
  grip: string,
  apertureCm: number,
  withHand: boolean,
): void {
  const { p } = f;
  const [sx, sy] = a.shoulder;
  // The elbow hangs below the straight line from shoulder to hand.
  // (and above the table top, so the arm never seems to pass through it).
  const elbow: [number, number] = [(sx + palm[0]) / 2, Math.min(TABLE_Y - 8, Math.max(sy, palm[1]) + 26)];
  p.polyline(f.pts([[sx, sy], elbow, palm]), a.arm, f.s(15));
  if (a === RESEARCHER) p.polyline(f.pts([[sx, sy], elbow, palm]), COLORS.coatLine, f.s(1));
  if (withHand) drawHand(f, palm, -a.side as 1 | -1, grip, apertureCm, a.hand);
}

function drawHand(
  f: Fit,
  palm: [number, number],
  dir: 1 | -1,
  grip: string,
  apertureCm: number,
  color: string,
): void {
  const { p } = f;
  const [x, y] = palm;
  const half = Math.max(2, (apertureCm * SIZE_PX_PER_CM) / 2);
  const tipX = x + dir * GRIP_REACH;
  const finger = (ty: number, width = 5, reach = tipX) =>
    p.polyline(
      f.pts([
        [x + dir * 8, y + Math.sign(ty - y) * 3],
        [x + dir * 18, ty],
        [reach, ty],
      ]),
      color,
      f.s(width),
    );
  if (grip === 'precision') {
    finger(y - half);
    finger(y + half);
  } else if (grip === 'wholeHand' || grip === 'open') {
    const spread = grip === 'open' ? Math.max(half, 16) : half;
    for (const k of [-1, -0.35, 0.35, 1]) finger(y + k * spread, 4.5);
  } else {
    // relaxed: fingers curled
    finger(y - 3, 5, x + dir * 16);
    finger(y + 3, 5, x + dir * 16);
  }
  p.ellipse(f.x(x), f.y(y), f.s(12), f.s(10), color, '#00000033', f.s(1));
}

function drawObject(f: Fit, name: string, sizeCm: number, condition: string, at: [number, number]): void {
  const { p } = f;
  const [x, y] = at;
  const r = (sizeCm * SIZE_PX_PER_CM) / 2;
  const split = condition === 'broken' || condition === 'torn';
  const pieces: [number, number][] = split
    ? [
        [x - r * 0.7, y],
        [x + r * 0.7, y],
      ]
    : [[x, y]];
  for (const [px, py] of pieces) {
    const rr = split ? r * 0.6 : r;
    switch (name) {
      case 'raisin':
        p.ellipse(f.x(px), f.y(py), f.s(rr * 1.2), f.s(rr), '#4a2c2a');
        p.circle(f.x(px - rr * 0.3), f.y(py - rr * 0.3), f.s(rr * 0.25), '#7a5a58');
        break;
      case 'peanut':
        if (split) p.ellipse(f.x(px), f.y(py), f.s(rr * 1.1), f.s(rr * 0.9), '#d9b380', '#a67c45', f.s(1.5));
        else {
          p.ellipse(f.x(px - r * 0.45), f.y(py), f.s(r * 0.6), f.s(r * 0.55), '#d9b380', '#a67c45', f.s(1.5));
          p.ellipse(f.x(px + r * 0.45), f.y(py), f.s(r * 0.6), f.s(r * 0.55), '#d9b380', '#a67c45', f.s(1.5));
        }
        break;
      case 'appleSlice':
        p.polygon(f.pts(arc(px, py + rr * 0.5, rr, Math.PI, 2 * Math.PI)), '#f4e7b0', '#c0392b', f.s(2));
        break;
      case 'cube':
        p.rect(f.x(px - rr), f.y(py - rr), f.s(2 * rr), f.s(2 * rr), '#4e79a7', f.s(2));
        break;
      case 'ball':
        p.circle(f.x(px), f.y(py), f.s(rr), '#e15759');
        p.circle(f.x(px - rr * 0.35), f.y(py - rr * 0.35), f.s(rr * 0.25), '#f4a3a4');
        break;
      case 'paper':
        p.rect(f.x(px - rr), f.y(py - rr * 0.7), f.s(2 * rr), f.s(1.4 * rr), '#ffffff');
        p.strokeRect(f.x(px - rr), f.y(py - rr * 0.7), f.s(2 * rr), f.s(1.4 * rr), '#8a8a8a', f.s(1.5));
        for (const k of [-0.3, 0, 0.3])
          p.line(
            f.x(px - rr * 0.7),
            f.y(py + k * rr),
            f.x(px + rr * 0.7),
            f.y(py + k * rr),
            '#c5c5c5',
            f.s(1),
          );
        break;
      default:
        p.rect(f.x(px - rr), f.y(py - 4), f.s(2 * rr), f.s(8), '#8c6239', f.s(3));
    }
  }
  if (condition === 'fallen')
    f.text(x, y + r + 16, '(dropped)', { size: 10, align: 'middle', color: COLORS.muted });
}

function arc(cx: number, cy: number, r: number, a0: number, a1: number): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i <= 16; i++) {
    const a = a0 + ((a1 - a0) * i) / 16;
    out.push([cx + r * Math.cos(a), cy + r * Math.sin(a)]);
  }
  return out;
}

function drawSightLine(f: Fit, target: [number, number]): void {
  f.p.line(
    f.x(MONKEY.eye[0] + 6),
    f.y(MONKEY.eye[1]),
    f.x(target[0]),
    f.y(target[1]),
    COLORS.sight,
    f.s(1.2),
    [f.s(3), f.s(5)],
  );
}

function drawScreen(f: Fit): void {
  const { p } = f;
  const x0 = OBJECT_X - 80;
  const w = 150;
  p.setAlpha(0.78);
  p.rect(f.x(x0), f.y(TABLE_Y - 120), f.s(w), f.s(120), COLORS.screen, f.s(4));
  p.setAlpha(1);
  p.strokeRect(f.x(x0), f.y(TABLE_Y - 120), f.s(w), f.s(120), '#5d6873', f.s(2), f.s(4));
  f.text(x0 + w / 2, TABLE_Y - 128, 'screen: the monkey cannot see behind it', {
    size: 11,
    align: 'middle',
    color: '#3d4650',
  });
}

const SOUND_WORDS: Record<string, string> = {
  crack: 'crack!',
  rip: 'riiip!',
  thud: 'thud!',
  whiteNoise: 'shhhh (noise)',
  monkeyCall: 'a monkey calls',
  click: 'click',
};

function drawSound(f: Fit, s: SceneState, at: [number, number]): void {
  const [x, y] = at;
  for (const r of [22, 34, 46]) {
    f.p.polyline(f.pts(arc(x, y, r, -Math.PI * 0.85, -Math.PI * 0.15)), COLORS.sound, f.s(2.5));
  }
  const words = s.sounds.map((k) => SOUND_WORDS[k.name] ?? k.name).join(' ');
  f.text(x, y - 56, words, { size: 18, weight: 'bold', align: 'middle', color: COLORS.sound });
}

function drawDark(f: Fit): void {
  f.p.setAlpha(0.8);
  f.p.rect(f.x(0), f.y(30), f.s(VIRTUAL_W), f.s(FLOOR_Y + 50 - 30), '#11131c');
  f.p.setAlpha(1);
  f.text(VIRTUAL_W / 2, 60, 'lights off: the monkey cannot see', {
    size: 14,
    align: 'middle',
    color: '#f0f0f0',
    weight: 'bold',
  });
}

function drawCaption(f: Fit, view: SceneView): void {
  const title = view.trial ? view.trial.label : 'Waiting for the simulation…';
  f.text(12, 20, title, { size: 14, weight: 'bold', color: COLORS.ink });
  const s = view.state;
  let status = '';
  if (!view.trial) status = '';
  else if (!s) status = 'Between trials: the table is cleared, the monkey rests.';
  else if (s.act) {
    const who = s.actor.viewpoint === 'self' ? 'The monkey' : 'The researcher';
    status = `${who}: ${ACT_SHORT[s.act.name] ?? s.act.name} (${Math.round(100 * s.act.phase)}% done)`;
  } else if (s.object) status = s.object.visible ? `The ${s.object.kind.name} is on the table.` : '';
  else status = 'Nothing happens yet (baseline).';
  if (status) f.text(12, 40, status, { size: 12, color: COLORS.muted });
}

function drawTimeline(f: Fit, view: SceneView): void {
  const t = view.trial;
  if (!t) return;
  const y = VIRTUAL_H - 10;
  const x0 = 130;
  const x1 = 780;
  const end = view.blockEndMs ?? t.endMs;
  const span = Math.max(1, end - t.startMs);
  const X = (ms: number) => x0 + ((ms - t.startMs) / span) * (x1 - x0);
  const { p } = f;
  f.text(x0 - 8, y - 2, 'time in trial (s)', { size: 10, align: 'end', color: COLORS.muted });
  p.rect(f.x(x0), f.y(y - 6), f.s(X(t.endMs) - x0), f.s(4), '#c9d3dd');
  p.rect(f.x(X(t.endMs)), f.y(y - 6), f.s(x1 - X(t.endMs)), f.s(4), '#eceff2');
  for (let s = 0; s * 1000 <= span; s += 0.5) {
    const x = X(t.startMs + s * 1000);
    p.line(f.x(x), f.y(y - 8), f.x(x), f.y(y - 1), '#9aa5b1', f.s(1));
    if (Number.isInteger(s)) f.text(x, y + 6, String(s), { size: 9, align: 'middle', color: COLORS.muted });
  }
  for (const e of t.events) {
    if (e.kind === 'actEnd') continue;
    const x = X(e.tMs);
    p.line(f.x(x), f.y(y - 14), f.x(x), f.y(y - 2), e.kind === 'sound' ? COLORS.sound : '#4e79a7', f.s(2));
  }
  const now = Math.min(end, Math.max(t.startMs, view.nowMs));
  p.circle(f.x(X(now)), f.y(y - 4), f.s(5), COLORS.ink);
}
