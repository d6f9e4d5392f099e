/** The weights panel: the sensory→F5 weights, as they are now and as they grew. */
import type { Painter } from '../draw/painter.js';
import { Panel, type PanelContext } from './panel.js';
import { paintWeights, weightsCsv, weightsView } from './weights-figure.js';

export class WeightsPanel extends Panel {
  constructor(ctx: PanelContext) {
    super(
      'weights',
      'What F5 has learned',
      'Synaptic weights from the senses to F5. White: silent (as at birth); red: strong.',
      ctx,
    );
    this.followsPlayhead = false;
  }

  paint(p: Painter): void {
    paintWeights(p, weightsView(this.ctx.state));
  }

  csv(): string {
    return weightsCsv(weightsView(this.ctx.state));
  }
}
