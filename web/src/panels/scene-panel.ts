/** The scene panel: what the monkey is living through, animated at the playhead. */
import type { Painter } from '../draw/painter.js';
import { Panel, type PanelContext } from './panel.js';
import { paintSceneAt, sceneCsv } from './scene-figure.js';

export class ScenePanel extends Panel {
  constructor(ctx: PanelContext) {
    super(
      'scene',
      'The scene',
      'What happens at the table, in step with the spikes. The dotted line is where the monkey looks.',
      ctx,
    );
  }

  paint(p: Painter): void {
    paintSceneAt(p, this.ctx.player.block, this.ctx.player.playheadMs);
  }

  csv(): string {
    return sceneCsv(this.ctx.player.block);
  }
}
