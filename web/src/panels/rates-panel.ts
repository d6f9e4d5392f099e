/** The population rates panel. */
import type { Painter } from '../draw/painter.js';
import { Panel, type PanelContext } from './panel.js';
import { paintRates, ratesCsv, ratesView } from './rates-figure.js';

export class RatesPanel extends Panel {
  constructor(ctx: PanelContext) {
    super(
      'rates',
      'Population activity',
      'How busy each area is: spikes per second, averaged over its neurons. Dashed lines: the hand starts to move.',
      ctx,
    );
  }

  private view() {
    const { state, trackers, player } = this.ctx;
    return ratesView(state, trackers.rates, trackers.history, player.playheadMs);
  }

  paint(p: Painter): void {
    paintRates(p, this.view());
  }

  csv(): string {
    return ratesCsv(this.view());
  }
}
