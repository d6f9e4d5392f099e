/** Development live: start from a newborn, babble, watch mirror neurons appear. */
import type { Painter } from '../draw/painter.js';
import { h } from '../ui/dom.js';
import { developmentCsv, paintDevelopment } from './development-figure.js';
import { Panel, type PanelContext } from './panel.js';

export class DevelopmentPanel extends Panel {
  private readonly episodes = h('input', {
    type: 'number',
    min: 1,
    max: 2000,
    step: 10,
    value: 240,
    'aria-label': 'babbling episodes',
    'data-control': 'episodes',
  });
  private readonly testEvery = h('input', {
    type: 'number',
    min: 5,
    max: 500,
    step: 5,
    value: 40,
    'aria-label': 'test every N episodes',
    'data-control': 'test-every',
  });

  constructor(ctx: PanelContext) {
    super(
      'development',
      'Development, live',
      'A newborn monkey knows nothing about others. It babbles: moves its own hand, sees it, hears it. Watch mirror neurons appear.',
      ctx,
    );
    this.followsPlayhead = false;
    const start = h(
      'button',
      { type: 'button', class: 'primary', 'data-action': 'newborn-babble', onclick: () => this.start() },
      ['Start from a newborn'],
    );
    const resume = h('button', { type: 'button', 'data-action': 'babble', onclick: () => this.babble() }, [
      'Continue babbling',
    ]);
    const pause = h(
      'button',
      { type: 'button', 'data-action': 'stop', onclick: () => ctx.controller.stop() },
      ['Stop'],
    );
    this.toolbar.append(
      start,
      resume,
      pause,
      h('label', {}, ['episodes ', this.episodes]),
      h('label', {}, ['test every ', this.testEvery]),
    );
    // The number of episodes follows the standard development until the user changes it.
    let touched = false;
    this.episodes.addEventListener('input', () => {
      touched = true;
    });
    ctx.state.onChange(() => {
      if (!touched) this.episodes.value = String(ctx.state.development.episodes);
    });
  }

  private settings(): { episodes: number; testEvery: number } {
    const e = Math.max(1, Math.round(Number(this.episodes.value) || this.ctx.state.development.episodes));
    const t = Math.max(1, Math.round(Number(this.testEvery.value) || 40));
    return { episodes: e, testEvery: t };
  }

  /** A fresh newborn of the current subject, then babbling as fast as the simulation goes. */
  start(): void {
    const { controller, state, player } = this.ctx;
    state.development = this.settings();
    controller.newborn();
    player.speed = Number.POSITIVE_INFINITY;
    controller.develop(state.development.episodes, state.development.testEvery);
  }

  private babble(): void {
    const { controller, state } = this.ctx;
    state.development = this.settings();
    controller.develop(state.development.episodes, state.development.testEvery);
  }

  paint(p: Painter): void {
    paintDevelopment(p, { state: this.ctx.state });
  }

  csv(): string {
    return developmentCsv({ state: this.ctx.state });
  }
}
