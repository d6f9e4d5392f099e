/**
 * Connectivity rules. Each generates synapses as (pre, post, list index) triples
 * from one random stream; the builder runs a rule twice with the same stream —
 * once to count synapses per source, once to place them — so connectivity is
 * written straight into its final compressed-row arrays without a temporary copy.
 */
import type { Connector } from '../description.js';
import type { Rng } from '../rng.js';

export type EmitSynapse = (pre: number, post: number, listIndex: number) => void;

/**
 * Generate the synapses of `connector` between `nPre` sources and `nPost` targets.
 * `samePopulation` says whether source and target are the same population, which
 * is when `allowSelf: false` matters.
 */
export function generateSynapses(
  connector: Connector,
  nPre: number,
  nPost: number,
  samePopulation: boolean,
  rng: Rng,
  emit: EmitSynapse,
): void {
  switch (connector.kind) {
    case 'allToAll': {
      const skipSelf = samePopulation && !connector.allowSelf;
      for (let i = 0; i < nPre; i++)
        for (let j = 0; j < nPost; j++) if (!(skipSelf && i === j)) emit(i, j, -1);
      return;
    }
    case 'oneToOne': {
      for (let i = 0; i < Math.min(nPre, nPost); i++) emit(i, i, -1);
      return;
    }
    case 'fixedProbability': {
      const skipSelf = samePopulation && !connector.allowSelf;
      const p = connector.p;
      if (p <= 0) return;
      if (p >= 1) {
        for (let i = 0; i < nPre; i++)
          for (let j = 0; j < nPost; j++) if (!(skipSelf && i === j)) emit(i, j, -1);
        return;
      }
      // Geometric jumps between successes of independent Bernoulli(p) trials, as Brian2 samples.
      const logQ = Math.log(1 - p);
      for (let i = 0; i < nPre; i++) {
        let j = rng.geometricGap(logQ);
        while (j < nPost) {
          if (!(skipSelf && i === j)) emit(i, j, -1);
          j += 1 + rng.geometricGap(logQ);
        }
      }
      return;
    }
    case 'fixedInDegree': {
      const skipSelf = samePopulation && !connector.allowSelf;
      const marked = new Uint8Array(nPre);
      const chosen = new Int32Array(connector.k);
      for (let j = 0; j < nPost; j++) {
        const pool = skipSelf ? nPre - 1 : nPre;
        // Floyd's algorithm: k distinct draws from [0, pool) in O(k).
        let m = 0;
        for (let r = pool - connector.k; r < pool; r++) {
          const t = rng.int(r + 1);
          const pick = marked[t] ? r : t;
          marked[pick] = 1;
          chosen[m++] = pick;
        }
        chosen.sort();
        for (let c = 0; c < m; c++) {
          const x = chosen[c]!;
          marked[x] = 0;
          emit(skipSelf && x >= j ? x + 1 : x, j, -1);
        }
      }
      return;
    }
    case 'list': {
      for (let k = 0; k < connector.pre.length; k++) emit(connector.pre[k]!, connector.post[k]!, k);
      return;
    }
  }
}
