/**
 * Figures in the style of the mirror neuron papers: raster + PSTH per condition, classification bars
 * against published values, and parameter-sweep lines. Every figure is a standalone SVG string;
 * `svgToPng` rasterises one when a bitmap is needed.
 */

export {
  type ClassificationBarsSpec,
  type ClassificationCategory,
  classificationBars,
  formatPercent,
} from './bars.js';
export { type ComposeSpec, composeSvg, type SvgSize, svgSize } from './compose.js';
export { type MetricLinesSpec, type MetricPoint, type MetricSeries, metricLinesFigure } from './lines.js';
export {
  type PsthBin,
  psthBins,
  type RasterPsthMark,
  type RasterPsthPanel,
  type RasterPsthSpec,
  rasterPsthFigure,
} from './raster-psth.js';
export { defaultDocument, type FigureOptions, plotToSvg, svgToPng } from './render.js';
