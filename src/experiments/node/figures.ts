/** Rendering an experiment's figure specs to SVG and PNG (Node: PNG needs resvg). */
import { classificationBars, metricLinesFigure, rasterPsthFigure, svgToPng } from '../../figures/index.js';
import type { FigureSpec } from '../types.js';

export interface RenderedFigure {
  name: string;
  svg: string;
  png: Uint8Array;
}

export function renderFigureSvg(f: FigureSpec): string {
  switch (f.kind) {
    case 'raster-psth':
      return rasterPsthFigure(f.spec);
    case 'bars':
      return classificationBars(f.spec);
    case 'lines':
      return metricLinesFigure(f.spec);
  }
}

export function renderFigures(figures: readonly FigureSpec[], widthPx = 1600): RenderedFigure[] {
  return figures.map((f) => {
    const svg = renderFigureSvg(f);
    return { name: f.name, svg, png: svgToPng(svg, widthPx) };
  });
}
