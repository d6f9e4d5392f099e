/** The PSTH panel: rate around act onset per condition, for the followed neuron or the selection. */
import type { Painter } from '../draw/painter.js';
import { Panel, type PanelContext } from './panel.js';
import { paintPsth, psthCsv, psthView } from './psth-figure.js';

export class PsthPanel extends Panel {
  constructor(ctx: PanelContext) {
    super(
      'psth',
      'Firing rate around the act (PSTH)',
      'Spikes per second, averaged over the trials played in full, lined up on the moment the hand starts to move.',
      ctx,
    );
    this.followsPlayhead = false;
  }

  private view() {
    return psthView(this.ctx.state, this.ctx.trackers.psth);
  }

  /** The histogram changes only when a trial completes, not with every frame. */
  protected override drawKey(): string {
    return this.ctx.trackers.psth
      .conditions()
      .map((c) => `${c.condition}:${c.trials}`)
      .join(',');
  }

  paint(p: Painter): void {
    paintPsth(p, this.view());
  }

  csv(): string {
    return psthCsv(this.view());
  }
}
