/**
 * The guided visit, shown as a strip above the panels: the step's story, what was
 * measured so far, and Back / Next. Entering a step chooses the layout, the neuron to
 * follow and the condition to run; nothing is scripted beyond that — the spikes are
 * the simulation's.
 */
import type { LabController } from '../model/controller.js';
import type { LabState } from '../model/lab-state.js';
import type { Player } from '../play/player.js';
import type { PsthTracker } from '../play/psth-tracker.js';
import { h } from './dom.js';
import { describe, measure } from './guide-measure.js';
import { GUIDE_STEPS, type GuideStep, pickNeuron } from './guide-steps.js';

export interface GuideHost {
  state: LabState;
  player: Player;
  controller: LabController;
  psth: PsthTracker;
  /** Switch to a built-in layout by name. */
  useLayout(name: string): void;
  /** Start the live development (newborn, babbling). */
  startDevelopment(): void;
}

const SEEN_KEY = 'mirrorlab.lab.guideSeen';

export class Guide {
  readonly element: HTMLElement;
  private index = 0;
  private open = false;
  private entered = -1;
  private readonly title = h('h2', { 'data-guide': 'title' });
  private readonly text = h('div', { class: 'guide-text' });
  private readonly measured = h('ul', { class: 'guide-measured', 'data-guide': 'measured' });
  private readonly counter = h('span', { class: 'guide-counter', 'data-guide': 'counter' });
  private readonly back = h(
    'button',
    { type: 'button', 'data-guide': 'back', onclick: () => this.go(this.index - 1) },
    ['← Back'],
  );
  private readonly next = h(
    'button',
    { type: 'button', class: 'primary', 'data-guide': 'next', onclick: () => this.go(this.index + 1) },
    ['Next →'],
  );
  private readonly extra = h('div', { class: 'guide-extra' });

  constructor(private readonly host: GuideHost) {
    this.element = h(
      'section',
      { class: 'guide', 'data-guide': 'strip', hidden: true, 'aria-live': 'polite' },
      [
        h('div', { class: 'guide-main' }, [this.title, this.text, this.measured, this.extra]),
        h('nav', { class: 'guide-nav' }, [
          this.counter,
          this.back,
          this.next,
          h('button', { type: 'button', 'data-guide': 'close', onclick: () => this.close() }, [
            'Close the visit',
          ]),
        ]),
      ],
    );
    host.state.onChange(() => this.refresh());
    setInterval(() => this.refresh(), 500);
  }

  /** First visit on this browser? */
  static firstVisit(storage: Storage): boolean {
    return storage.getItem(SEEN_KEY) === null;
  }

  start(storage?: Storage): void {
    storage?.setItem(SEEN_KEY, '1');
    this.open = true;
    this.element.hidden = false;
    this.go(0);
  }

  close(): void {
    this.open = false;
    this.element.hidden = true;
    this.host.state.psthConditions = null;
    this.host.state.changed();
  }

  get isOpen(): boolean {
    return this.open;
  }

  get step(): number {
    return this.index;
  }

  go(i: number): void {
    this.index = Math.max(0, Math.min(GUIDE_STEPS.length - 1, i));
    this.entered = -1;
    this.refresh();
  }

  private current(): GuideStep {
    return GUIDE_STEPS[this.index]!;
  }

  /** Enter the step once the monkey is ready (it may still be being raised). */
  private enter(step: GuideStep): void {
    const { state, player, controller } = this.host;
    this.entered = this.index; // first: what follows notifies the state, which refreshes this
    this.host.useLayout('Class');
    state.selection.f5Class = 'all';
    state.selection.movements = [];
    state.selection.colorBy = 'movement';
    state.selection.areas = step.areas ?? ['STS', 'F5', 'M1'];
    if (step.follow) {
      const n = pickNeuron(state.classes, step.follow);
      state.selection.highlight = n === null ? null : { area: 'F5', neuron: n };
    }
    player.speed = 1;
    // The PSTH shows just what this step compares.
    state.psthConditions = step.measure.length ? step.measure.map((m) => m.condition) : null;
    if (step.conditions.length) controller.run(step.conditions);
    else state.changed();
  }

  private ready(): boolean {
    const s = this.host.state;
    return s.agent?.developed === true && s.classes !== null && !(s.job?.kind === 'raise' && s.job.running);
  }

  private refresh(): void {
    if (!this.open) return;
    const step = this.current();
    const s = this.host.state;
    const ready = this.ready();
    if (ready && this.entered !== this.index) this.enter(step);
    this.title.textContent = step.title;
    this.text.replaceChildren(...step.text.map((t) => h('p', {}, [t])));
    this.counter.textContent = `Step ${this.index + 1} of ${GUIDE_STEPS.length}`;
    this.back.disabled = this.index === 0;
    this.next.disabled = this.index === GUIDE_STEPS.length - 1;
    const items: HTMLElement[] = [];
    if (!ready) {
      const pct = s.progress ? ` (${Math.round(100 * s.progress.fraction)}%)` : '';
      items.push(
        h('li', { class: 'waiting' }, [
          `The simulated monkey is growing up — it babbles, as every monkey does${pct}. This takes about a minute the first time.`,
        ]),
      );
    } else if (step.follow) {
      const hl = s.selection.highlight;
      const f5 = s.agent?.areas.findIndex((a) => a.area === 'F5') ?? -1;
      if (hl && f5 >= 0) {
        items.push(h('li', { class: 'neuron' }, [`Following F5 neuron #${hl.neuron} (the yellow row).`]));
        for (const m of step.measure) {
          const d = describe(measure(this.host.psth, m.condition, f5, hl.neuron));
          const mark = d.fires === null ? '…' : d.fires ? '✓ fires' : '✗ barely';
          items.push(
            h('li', { class: d.fires ? 'fires' : d.fires === false ? 'quiet' : '' }, [
              h('b', {}, [`${m.label}: `]),
              `${mark} — ${d.text}`,
            ]),
          );
        }
      } else
        items.push(h('li', {}, ['No neuron of this monkey responds clearly to this act in the quick test.']));
    }
    if (ready && this.index === 3 && s.classes) {
      const total = s.classes.unitClass.length;
      items.push(
        h('li', {}, [
          `In this simulated monkey, the quick test finds ${s.classes.counts.mirror} mirror neurons among ${total} F5 neurons (${((100 * s.classes.counts.mirror) / total).toFixed(0)}%).`,
        ]),
      );
    }
    this.measured.replaceChildren(...items);
    this.extra.replaceChildren(
      step.offerDevelopment
        ? h(
            'button',
            {
              type: 'button',
              class: 'primary',
              'data-guide': 'develop',
              onclick: () => this.host.startDevelopment(),
            },
            ['Watch a newborn learn'],
          )
        : '',
    );
  }
}
