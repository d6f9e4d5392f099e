/** Statistics for experiments across simulated subjects: tests, intervals, spike measures, decoding. */
export { logBeta, regularizedBeta } from './beta.js';
export { type DecodeResult, type DecodeSample, leaveOneOutDecode } from './decoding.js';
export { logGamma, regularizedGammaP, regularizedGammaQ } from './gamma.js';
export { mannWhitneyCounts } from './mann-whitney-exact.js';
export {
  type ActResponses,
  classifyUnit,
  type MirrorClass,
  type UnitClass,
  type UnitClassification,
} from './mirror-classes.js';
export { normalCdf, normalPdf, normalQuantile } from './normal.js';
export { type Alternative, type RankSumResult, rankSum } from './rank-sum.js';
export { type ResponseCriterion, type UnitResponse, unitResponses } from './responses.js';
export {
  countInWindow,
  type LagCorrelation,
  lagCorrelation,
  type Psth,
  psth,
  rateInWindow,
} from './spikes.js';
export {
  type MeanCI,
  meanCI,
  type PearsonResult,
  type ProportionCI,
  pearson,
  type StandardizedMeanDifference,
  standardizedMeanDifference,
  wilsonCI,
} from './summary.js';
export { tCdf, tPdf, tQuantile } from './t-distribution.js';
