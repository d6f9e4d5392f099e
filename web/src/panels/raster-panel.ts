/** The raster panel: the figure plus its selection controls (areas, F5 class, preferred movement, colours). */
import type { Painter } from '../draw/painter.js';
import { AREA_WORDS, CLASS_WORDS, MOVEMENT_WORDS, MOVEMENTS, movementColor } from '../model/palette.js';
import type { Selection } from '../model/selection.js';
import { h, setOptions } from '../ui/dom.js';
import { Panel, type PanelContext } from './panel.js';
import { bandBoxes, paintRaster, rasterCsv, rasterView } from './raster-figure.js';

export class RasterPanel extends Panel {
  private readonly areaBox = h('div', { class: 'chips', 'aria-label': 'areas shown' });
  private readonly classSelect = h('select', {
    'aria-label': 'F5 neurons by class',
    'data-control': 'f5-class',
  });
  private readonly colorSelect = h('select', {
    'aria-label': 'colour F5 neurons by',
    'data-control': 'color-by',
  });
  private readonly movementBox = h('div', {
    class: 'chips movements',
    'aria-label': 'F5 neurons by preferred movement',
  });

  constructor(ctx: PanelContext) {
    super(
      'raster',
      'Spikes (raster)',
      'Each row is one neuron, each tick one spike. Click a row to follow that neuron.',
      ctx,
    );
    setOptions(this.classSelect, [
      { value: 'all', label: 'F5: all neurons' },
      ...Object.entries(CLASS_WORDS).map(([k, v]) => ({ value: k, label: `F5: ${v}` })),
    ]);
    setOptions(this.colorSelect, [
      { value: 'movement', label: 'colour: preferred movement' },
      { value: 'class', label: 'colour: class (quick test)' },
    ]);
    this.classSelect.addEventListener('change', () =>
      this.update((s) => (s.f5Class = this.classSelect.value as Selection['f5Class'])),
    );
    this.colorSelect.addEventListener('change', () =>
      this.update((s) => (s.colorBy = this.colorSelect.value as Selection['colorBy'])),
    );
    this.toolbar.append(this.areaBox, this.classSelect, this.colorSelect, this.movementBox);
    this.canvas.addEventListener('click', (e) => this.pick(e));
    ctx.state.onChange(() => this.syncControls());
    this.syncControls();
  }

  private update(change: (s: Selection) => void): void {
    change(this.ctx.state.selection);
    this.ctx.state.changed();
  }

  /** Controls follow the state (a layout switch or the guided visit may change the selection). */
  private syncControls(): void {
    const { state } = this.ctx;
    const sel = state.selection;
    const areas = state.agent?.areas.map((a) => a.area) ?? Object.keys(AREA_WORDS);
    this.areaBox.replaceChildren(
      ...areas.map((area) => {
        const on = sel.areas.includes(area);
        return h(
          'button',
          {
            type: 'button',
            class: `chip${on ? ' on' : ''}`,
            'aria-pressed': String(on),
            title: AREA_WORDS[area]?.role ?? area,
            onclick: () =>
              this.update((s) => {
                s.areas = on
                  ? s.areas.filter((a) => a !== area)
                  : areas.filter((a) => a === area || s.areas.includes(a));
              }),
          },
          [AREA_WORDS[area]?.name ?? area],
        );
      }),
    );
    this.classSelect.value = sel.f5Class;
    this.colorSelect.value = sel.colorBy;
    this.movementBox.replaceChildren(
      h('span', { class: 'chips-label' }, ['F5 prefers:']),
      ...MOVEMENTS.map((m) => {
        const on = sel.movements.includes(m);
        const chip = h(
          'button',
          {
            type: 'button',
            class: `chip small${on ? ' on' : ''}`,
            'aria-pressed': String(on),
            onclick: () =>
              this.update(
                (s) => (s.movements = on ? s.movements.filter((x) => x !== m) : [...s.movements, m]),
              ),
          },
          [h('i', { class: 'swatch', style: `background:${movementColor(m)}` }), MOVEMENT_WORDS[m] ?? m],
        );
        return chip;
      }),
    );
  }

  private view() {
    const { state, trackers, player } = this.ctx;
    return rasterView(state, trackers.rings, trackers.history, player.playheadMs);
  }

  paint(p: Painter): void {
    paintRaster(p, this.view());
  }

  csv(): string {
    return rasterCsv(this.view());
  }

  /** A click on a row highlights that neuron (a second click on it clears). */
  private pick(e: MouseEvent): void {
    const view = this.view();
    const r = this.canvas.getBoundingClientRect();
    const x = e.clientX - r.left;
    const y = e.clientY - r.top;
    const boxes = bandBoxes(view, r.width, this.height);
    boxes.forEach((box, i) => {
      if (x < box.x || x > box.x + box.w || y < box.y || y > box.y + box.h) return;
      const band = view.bands[i]!;
      const row = Math.floor(((y - box.y) / box.h) * band.rows.length);
      const neuron = band.rows[row];
      if (neuron === undefined) return;
      const hl = this.ctx.state.selection.highlight;
      this.update(
        (s) =>
          (s.highlight =
            hl && hl.area === band.area && hl.neuron === neuron ? null : { area: band.area, neuron }),
      );
    });
  }
}
