/**
 * The lab page: the control bar, the guided visit, and the panels laid out on a
 * grid, all fed by one transport. One animation-frame loop advances playback and
 * redraws the visible panels.
 */
import { download } from './export/download.js';
import { LabController, type Trackers } from './model/controller.js';
import { LabState } from './model/lab-state.js';
import {
  allLayouts,
  currentLayout,
  LAYOUT_FORMAT,
  LAYOUT_VERSION,
  type Layout,
  type LayoutStorage,
  type PanelId,
  parseLayout,
  rememberCurrent,
  saveLayout,
} from './model/layout.js';
import { DevelopmentPanel } from './panels/development-panel.js';
import type { Panel, PanelContext } from './panels/panel.js';
import { PsthPanel } from './panels/psth-panel.js';
import { RasterPanel } from './panels/raster-panel.js';
import { RatesPanel } from './panels/rates-panel.js';
import { RunsPanel } from './panels/runs-panel.js';
import { ScenePanel } from './panels/scene-panel.js';
import { WeightsPanel } from './panels/weights-panel.js';
import { FrameMeter } from './play/meters.js';
import { Player } from './play/player.js';
import { PsthTracker } from './play/psth-tracker.js';
import { RateTracker } from './play/rate-tracker.js';
import { SpikeRings } from './play/spike-rings.js';
import { TrialHistory } from './play/trial-history.js';
import type { Transport } from './transport/transport.js';
import { Controls } from './ui/controls.js';
import { h } from './ui/dom.js';
import { Guide } from './ui/guide.js';

export interface LabMetrics {
  /** Simulated ms played while playing, and the wall ms it took. */
  playedSimMs: number;
  playingWallMs: number;
  stalledMs: number;
  /** Simulated time played per wall time while playing (1 = real time at 1×). */
  realtime: number | null;
  /** How many times faster than real time the simulation computed. */
  headroom: number | null;
  fps: number;
  frames: number;
  lastDrawMs: number;
  speed: number;
  /** Time spent drawing each panel since the metrics were reset (ms). */
  panelMs: Record<string, number>;
}

export interface Lab {
  state: LabState;
  player: Player;
  controller: LabController;
  trackers: Trackers;
  panels: Map<PanelId, Panel>;
  guide: Guide;
  metrics(): LabMetrics;
  resetMetrics(): void;
  useLayout(name: string): void;
}

export function createLab(root: HTMLElement, transport: Transport, storage: Storage & LayoutStorage): Lab {
  const state = new LabState(currentLayout(storage));
  const player = new Player();
  const trackers = {
    rings: new SpikeRings(),
    rates: new RateTracker([]),
    psth: new PsthTracker([]),
    history: new TrialHistory(),
  };
  const controller = new LabController(transport, state, player, trackers);
  const ctx: PanelContext = { state, player, trackers, controller };
  const development = new DevelopmentPanel(ctx);
  const panels = new Map<PanelId, Panel>([
    ['scene', new ScenePanel(ctx)],
    ['raster', new RasterPanel(ctx)],
    ['psth', new PsthPanel(ctx)],
    ['rates', new RatesPanel(ctx)],
    ['weights', new WeightsPanel(ctx)],
    ['development', development],
    ['runs', new RunsPanel(ctx)],
  ]);
  const grid = h(
    'main',
    { class: 'grid' },
    [...panels.values()].map((p) => p.element),
  );
  const meter = new FrameMeter();
  const panelMs: Record<string, number> = {};

  const apply = (layout: Layout) => {
    state.layout = layout;
    state.selection = structuredClone(layout.selection);
    rememberCurrent(storage, layout);
    for (const [id, panel] of panels) {
      const at = layout.panels.findIndex((p) => p.id === id);
      const place = layout.panels[at];
      panel.element.hidden = !place;
      if (place) {
        panel.element.style.setProperty('--span', String(place.span));
        panel.element.style.order = String(at);
        panel.height = place.height;
        panel.invalidate();
      }
    }
    state.changed();
  };
  const useLayout = (name: string) => {
    const l = allLayouts(storage).find((x) => x.name === name);
    if (l && l.name !== state.layout.name) apply(l);
  };
  /** The layout as it is now (panels as placed, the raster's current selection). */
  const snapshot = (name: string): Layout => ({
    format: LAYOUT_FORMAT,
    version: LAYOUT_VERSION,
    name,
    panels: state.layout.panels,
    selection: structuredClone(state.selection),
    windowS: state.layout.windowS,
  });

  const metrics = (): LabMetrics => {
    const s = player.stats;
    return {
      playedSimMs: s.simulatedMs,
      playingWallMs: s.wallMs,
      stalledMs: s.stalledMs,
      realtime: s.wallMs > 500 ? s.simulatedMs / s.wallMs : null,
      headroom: s.computeWallMs > 0 ? s.computedMs / s.computeWallMs : null,
      fps: meter.fps,
      frames: meter.frames,
      lastDrawMs: meter.lastDrawMs,
      speed: player.speed,
      panelMs: { ...panelMs },
    };
  };

  const guide = new Guide({
    state,
    player,
    controller,
    psth: trackers.psth,
    useLayout,
    startDevelopment: () => {
      useLayout('Development');
      development.start();
    },
  });
  const controls = new Controls({
    state,
    player,
    controller,
    layouts: () => allLayouts(storage),
    useLayout,
    saveLayout: () => {
      const name = window.prompt('Name of this layout:', `${state.layout.name} (mine)`)?.trim();
      if (!name) return;
      const l = snapshot(name);
      saveLayout(storage, l);
      apply(l);
      controls.fillLayouts(name);
    },
    exportLayout: () =>
      download(
        `mirrorlab-layout-${state.layout.name.replace(/\W+/g, '-')}.json`,
        `${JSON.stringify(snapshot(state.layout.name), null, 2)}\n`,
        'application/json',
      ),
    importLayout: (file) => {
      void file.text().then((text) => {
        try {
          const l = parseLayout(JSON.parse(text));
          saveLayout(storage, l);
          apply(l);
          controls.fillLayouts(l.name);
        } catch (e) {
          state.errors = [...state.errors, `layout not imported: ${(e as Error).message}`];
          state.changed();
        }
      });
    },
    startGuide: () => guide.start(storage),
    figures: () => {
      const m = metrics();
      return { fps: m.fps, realtime: m.realtime, headroom: m.headroom };
    },
  });
  root.replaceChildren(controls.element, guide.element, grid);
  apply(state.layout);

  // The first agent: the standard developed monkey of the chosen subject.
  transport.subscribe((e) => {
    if (e.type === 'ready') controller.raise(state.subject);
  });

  const frame = (now: number) => {
    const t0 = performance.now();
    player.tick(now);
    controller.tick(now);
    state.sync(player.playheadMs);
    for (const [id, p] of panels) {
      if (p.element.hidden) continue;
      const t = performance.now();
      p.draw();
      panelMs[id] = (panelMs[id] ?? 0) + performance.now() - t;
    }
    meter.frame(now, performance.now() - t0);
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);

  if (Guide.firstVisit(storage)) guide.start(storage);

  return {
    state,
    player,
    controller,
    trackers,
    panels,
    guide,
    metrics,
    resetMetrics: () => {
      Object.assign(player.stats, {
        simulatedMs: 0,
        wallMs: 0,
        stalledMs: 0,
        computedMs: 0,
        computeWallMs: 0,
      });
      meter.frames = 0;
      for (const k of Object.keys(panelMs)) delete panelMs[k];
    },
    useLayout,
  };
}
