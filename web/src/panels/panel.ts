/**
 * A panel: a titled card with a drawing and export buttons (CSV, SVG, PNG). The
 * drawing is painted through the Painter interface, so the same code draws the
 * screen, the SVG and the PNG. Panels redraw only when what they show changed
 * (the playhead moved, the state changed, or the panel was resized).
 */
import { CanvasPainter } from '../draw/canvas-painter.js';
import type { Painter } from '../draw/painter.js';
import { SvgPainter } from '../draw/svg-painter.js';
import { download, slug } from '../export/download.js';
import type { LabController, Trackers } from '../model/controller.js';
import type { LabState } from '../model/lab-state.js';
import type { PanelId } from '../model/layout.js';
import type { Player } from '../play/player.js';
import { h } from '../ui/dom.js';

export interface PanelContext {
  state: LabState;
  player: Player;
  trackers: Trackers;
  controller: LabController;
}

export abstract class Panel {
  readonly element: HTMLElement;
  protected readonly canvas: HTMLCanvasElement;
  /** Panel-specific controls, under the title. */
  protected readonly toolbar: HTMLElement;
  protected readonly body: HTMLElement;
  /** Drawing height (CSS px), from the layout. */
  height = 300;
  /** Whether the picture moves with the playhead (else it changes only with the state). */
  protected followsPlayhead = true;
  private lastKey = '';

  constructor(
    readonly id: PanelId,
    readonly title: string,
    readonly subtitle: string,
    protected readonly ctx: PanelContext,
  ) {
    this.canvas = h('canvas', { class: 'panel-canvas', 'data-canvas': id, role: 'img', 'aria-label': title });
    this.toolbar = h('div', { class: 'panel-toolbar' });
    this.body = h('div', { class: 'panel-body' }, [this.canvas]);
    const exportButton = (kind: 'csv' | 'svg' | 'png') =>
      h(
        'button',
        {
          class: 'export',
          type: 'button',
          'data-export': kind,
          title: `Save this panel as ${kind.toUpperCase()}`,
          onclick: () => void this.export(kind),
        },
        [kind.toUpperCase()],
      );
    this.element = h('section', { class: 'panel', 'data-panel': id }, [
      h('header', { class: 'panel-header' }, [
        h('div', {}, [h('h2', {}, [title]), h('p', { class: 'panel-subtitle' }, [subtitle])]),
        h('div', { class: 'export-buttons' }, [
          exportButton('csv'),
          exportButton('svg'),
          exportButton('png'),
        ]),
      ]),
      this.toolbar,
      this.body,
    ]);
  }

  /** Paint the picture on any painter (screen, SVG, PNG). */
  abstract paint(p: Painter): void;

  /** The data behind the picture, as CSV. */
  abstract csv(): string;

  /** What the picture depends on besides size, state and playhead (e.g. a hover). */
  protected drawKey(): string {
    return '';
  }

  /** Redraw on screen if anything shown has changed. */
  draw(): void {
    const w = this.canvas.clientWidth;
    const hgt = this.height;
    if (w === 0) return;
    const dpr = window.devicePixelRatio || 1;
    const pw = Math.round(w * dpr);
    const ph = Math.round(hgt * dpr);
    const at = this.followsPlayhead ? this.ctx.player.playheadMs : 0;
    const key = `${w}x${hgt}@${dpr}|${this.ctx.state.version}|${at}|${this.drawKey()}`;
    if (key === this.lastKey) return;
    this.lastKey = key;
    if (this.canvas.width !== pw || this.canvas.height !== ph) {
      this.canvas.width = pw;
      this.canvas.height = ph;
      this.canvas.style.height = `${hgt}px`;
    }
    const c = this.canvas.getContext('2d');
    if (c) this.paint(new CanvasPainter(c, w, hgt, dpr));
  }

  /** Force a redraw at the next frame. */
  invalidate(): void {
    this.lastKey = '';
  }

  private size(): { w: number; h: number } {
    return { w: Math.max(320, this.canvas.clientWidth || 640), h: this.height };
  }

  svg(): string {
    const { w, h: hh } = this.size();
    const p = new SvgPainter(w, hh, encodePng);
    this.paint(p);
    return p.toString();
  }

  async png(scale = 2): Promise<Blob> {
    const { w, h: hh } = this.size();
    const c = document.createElement('canvas');
    c.width = w * scale;
    c.height = hh * scale;
    this.paint(new CanvasPainter(c.getContext('2d')!, w, hh, scale));
    return new Promise((resolve, reject) =>
      c.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  }

  /** A file name saying what was exported. */
  protected fileName(ext: string): string {
    const what = this.ctx.player.block?.trial?.condition ?? this.ctx.state.condition;
    return `mirrorlab-${this.id}-${slug(what)}.${ext}`;
  }

  async export(kind: 'csv' | 'svg' | 'png'): Promise<void> {
    if (kind === 'csv') download(this.fileName('csv'), this.csv(), 'text/csv');
    else if (kind === 'svg') download(this.fileName('svg'), this.svg(), 'image/svg+xml');
    else download(this.fileName('png'), await this.png());
  }
}

/** PNG data URL of an RGBA bitmap (for bitmaps inside SVG exports). */
function encodePng(rgba: Uint8ClampedArray, w: number, hh: number): string {
  const c = document.createElement('canvas');
  c.width = w;
  c.height = hh;
  c.getContext('2d')!.putImageData(new ImageData(new Uint8ClampedArray(rgba), w, hh), 0, 0);
  return c.toDataURL('image/png');
}
