/**
 * The control bar: play, pause, step, speed; experiment, condition and subject;
 * layouts; the guided visit; and a status line (what the simulation is doing, how
 * fast, how smooth).
 */
import { CONDITION_GROUPS } from '../lab/conditions.js';
import type { LabController } from '../model/controller.js';
import type { LabState } from '../model/lab-state.js';
import type { Player } from '../play/player.js';
import { SPEEDS } from '../play/player.js';
import { h, setOptions } from './dom.js';

export interface ControlsHost {
  state: LabState;
  player: Player;
  controller: LabController;
  layouts(): { name: string }[];
  useLayout(name: string): void;
  saveLayout(): void;
  exportLayout(): void;
  importLayout(file: File): void;
  startGuide(): void;
  /** Live figures for the status line. */
  figures(): { fps: number; realtime: number | null; headroom: number | null };
}

/** How far one press of Step advances (ms of simulated time). */
export const STEP_MS = 50;

const speedLabel = (s: number) =>
  Number.isFinite(s)
    ? `${s}× ${s === 1 ? '(real time)' : s < 1 ? 'slower' : 'faster'}`
    : 'as fast as possible';

export class Controls {
  readonly element: HTMLElement;
  private readonly play = h(
    'button',
    { type: 'button', class: 'primary', 'data-action': 'play', title: 'Play or pause (space bar)' },
    ['▶ Play'],
  );
  private readonly step = h(
    'button',
    { type: 'button', 'data-action': 'step', title: `Advance ${STEP_MS} ms of simulated time (→ key)` },
    ['Step'],
  );
  private readonly speed = h('select', { 'data-control': 'speed', 'aria-label': 'speed' });
  private readonly experiment = h('select', {
    'data-control': 'experiment',
    'aria-label': 'experiment',
    class: 'experiment',
  });
  private readonly condition = h('select', { 'data-control': 'condition', 'aria-label': 'condition' });
  private readonly subject = h('select', { 'data-control': 'subject', 'aria-label': 'subject' });
  private readonly windowSel = h('select', { 'data-control': 'window', 'aria-label': 'time window' });
  private readonly layout = h('select', { 'data-control': 'layout', 'aria-label': 'layout' });
  private readonly status = h('span', { class: 'status-text', 'data-status': 'job' });
  private readonly progress = h('progress', { max: 1, value: 0, 'data-status': 'progress' });
  private readonly perf = h('span', { class: 'status-perf', 'data-status': 'perf' });
  private readonly errors = h('span', { class: 'status-error', 'data-status': 'error', role: 'alert' });

  private experimentsKnown = false;

  constructor(private readonly host: ControlsHost) {
    const { state, player, controller } = host;
    setOptions(
      this.speed,
      SPEEDS.map((s) => ({ value: String(s), label: speedLabel(s) })),
      '1',
    );
    this.fillExperiments();
    setOptions(
      this.subject,
      [1, 2, 3, 4, 5].map((k) => ({ value: String(k), label: `monkey ${k}` })),
      String(state.subject),
    );
    setOptions(
      this.windowSel,
      [2, 3, 5, 10].map((s) => ({ value: String(s), label: `show ${s} s` })),
      String(state.layout.windowS),
    );
    this.fillConditions();
    this.fillLayouts();

    this.play.addEventListener('click', () => {
      const running = state.job?.kind === 'run' || state.job?.kind === 'develop';
      if (!running || !state.job?.running) controller.run(this.condition.value);
      else player.playing = !player.playing;
      this.sync();
    });
    this.step.addEventListener('click', () => {
      player.playing = false;
      if (!state.job?.running) controller.run(this.condition.value);
      player.playing = false;
      player.step(STEP_MS);
      this.sync();
    });
    this.speed.addEventListener('change', () => {
      player.speed = Number(this.speed.value);
    });
    this.experiment.addEventListener('change', () => {
      state.group = this.experiment.value;
      this.fillConditions();
      this.condition.dispatchEvent(new Event('change'));
    });
    this.condition.addEventListener('change', () => {
      state.condition = this.condition.value;
      if (player.playing && state.job?.kind !== 'develop') controller.run(state.condition);
      else state.changed();
    });
    this.subject.addEventListener('change', () => {
      // Another monkey: raise it (or take it from the cache), then go on with the same condition.
      const wasPlaying = player.playing && state.job?.kind === 'run';
      controller.raise(Number(this.subject.value));
      if (wasPlaying) controller.run(state.condition);
    });
    // Keys for a teacher at the front: space plays and pauses, → steps.
    document.addEventListener('keydown', (e) => {
      const t = e.target as HTMLElement | null;
      if (e.ctrlKey || e.metaKey || e.altKey || (t && /^(INPUT|SELECT|TEXTAREA|BUTTON)$/.test(t.tagName)))
        return;
      if (e.key === ' ') {
        e.preventDefault();
        this.play.click();
      } else if (e.key === 'ArrowRight') {
        e.preventDefault();
        this.step.click();
      }
    });
    this.windowSel.addEventListener('change', () => {
      state.layout = { ...state.layout, windowS: Number(this.windowSel.value) };
      state.changed();
    });
    this.layout.addEventListener('change', () => host.useLayout(this.layout.value));
    const file = h('input', { type: 'file', accept: 'application/json,.json', hidden: true });
    file.addEventListener('change', () => {
      const f = file.files?.[0];
      if (f) host.importLayout(f);
      file.value = '';
    });

    this.element = h('div', { class: 'controls' }, [
      h('div', { class: 'control-row' }, [
        h('h1', { class: 'brand' }, ['mirrorlab']),
        this.play,
        this.step,
        this.speed,
        h('span', { class: 'sep' }),
        this.experiment,
        this.condition,
        this.subject,
        h('span', { class: 'sep' }),
        h(
          'button',
          { type: 'button', class: 'guide-button', 'data-action': 'guide', onclick: () => host.startGuide() },
          ['Guided visit'],
        ),
      ]),
      h('div', { class: 'control-row secondary' }, [
        h('label', {}, ['layout ', this.layout]),
        h('button', { type: 'button', 'data-action': 'save-layout', onclick: () => host.saveLayout() }, [
          'Save layout…',
        ]),
        h('button', { type: 'button', 'data-action': 'export-layout', onclick: () => host.exportLayout() }, [
          'Export layout',
        ]),
        h('button', { type: 'button', 'data-action': 'import-layout', onclick: () => file.click() }, [
          'Import layout',
        ]),
        file,
        this.windowSel,
        h('span', { class: 'sep' }),
        this.status,
        this.progress,
        this.errors,
        h('span', { class: 'grow' }),
        this.perf,
      ]),
    ]);
    state.onChange(() => this.sync());
    setInterval(() => this.sync(), 500);
    this.sync();
  }

  /** Experiments the library registers can be run in full with `mirrorlab run`; the others are demonstrations. */
  private fillExperiments(): void {
    const registered = new Set(this.host.state.ready?.experiments.map((e) => e.id) ?? []);
    setOptions(
      this.experiment,
      CONDITION_GROUPS.map((g) => ({
        value: g.id,
        label: registered.has(g.id) || !this.host.state.ready ? g.title : `${g.title} (lab demonstration)`,
      })),
      this.host.state.group,
    );
  }

  fillLayouts(selected = this.host.state.layout.name): void {
    setOptions(
      this.layout,
      this.host.layouts().map((l) => ({ value: l.name, label: l.name })),
      selected,
    );
  }

  private fillConditions(): void {
    const g = CONDITION_GROUPS.find((x) => x.id === this.experiment.value) ?? CONDITION_GROUPS[0]!;
    const keep = g.conditions.some((c) => c.id === this.host.state.condition)
      ? this.host.state.condition
      : g.conditions[0]!.id;
    setOptions(
      this.condition,
      g.conditions.map((c) => ({ value: c.id, label: c.label })),
      keep,
    );
    this.host.state.condition = this.condition.value;
  }

  /** Controls follow the state (the guided visit and the development panel change it too). */
  sync(): void {
    const { state, player } = this.host;
    if (state.ready && !this.experimentsKnown) {
      this.experimentsKnown = true;
      this.fillExperiments();
    }
    const running = !!state.job?.running && (state.job.kind === 'run' || state.job.kind === 'develop');
    this.play.textContent = running && player.playing ? '❚❚ Pause' : '▶ Play';
    this.play.setAttribute('aria-pressed', String(running && player.playing));
    if (this.speed.value !== String(player.speed)) this.speed.value = String(player.speed);
    const inGroup = [...this.condition.options].some((o) => o.value === state.condition);
    if (!inGroup) {
      const g = CONDITION_GROUPS.find((x) => x.conditions.some((c) => c.id === state.condition));
      if (g && g.id !== this.experiment.value) {
        this.experiment.value = g.id;
        state.group = g.id;
        const keep = state.condition;
        setOptions(
          this.condition,
          g.conditions.map((c) => ({ value: c.id, label: c.label })),
          keep,
        );
      }
    }
    if (this.condition.value !== state.condition) this.condition.value = state.condition;
    if (this.subject.value !== String(state.subject)) this.subject.value = String(state.subject);
    if (this.layout.value !== state.layout.name) this.fillLayouts();
    if (this.windowSel.value !== String(state.layout.windowS))
      this.windowSel.value = String(state.layout.windowS);
    const a = state.agent;
    const job = state.job;
    let text = a
      ? `monkey ${a.subject}${a.developed ? `, developed (${a.episodes} babbling episodes)` : `, newborn${a.episodes ? ` → ${a.episodes} episodes` : ''}`}`
      : state.ready
        ? 'no monkey yet'
        : 'starting the simulation…';
    if (state.progress) text += ` · ${state.progress.task} (${Math.round(100 * state.progress.fraction)}%)`;
    else if (job?.running && job.kind === 'run') text += ' · running';
    else if (job?.running && job.kind === 'develop') text += ' · babbling';
    this.status.textContent = text;
    this.progress.hidden = !state.progress;
    this.progress.value = state.progress?.fraction ?? 0;
    this.errors.textContent = state.errors.length ? state.errors[state.errors.length - 1]! : '';
    const f = this.host.figures();
    const rt = f.realtime === null ? '' : ` · playback ${f.realtime.toFixed(2)}× real time`;
    const head = f.headroom === null ? '' : ` · simulation could run ${f.headroom.toFixed(0)}× real time`;
    this.perf.textContent = `t = ${(player.playheadMs / 1000).toFixed(1)} s simulated${rt}${head} · ${f.fps.toFixed(0)} fps`;
  }
}
