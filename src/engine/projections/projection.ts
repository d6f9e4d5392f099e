/** What a built projection offers at run time: its compressed-row synapse arrays. */
export interface ProjectionRuntime {
  readonly name: string;
  readonly source: string;
  readonly target: string;
  readonly channel: string;
  readonly nPre: number;
  readonly nPost: number;
  readonly nSynapses: number;
  /** Synapses of source i are rowPtr[i] … rowPtr[i+1]−1. */
  readonly rowPtr: Int32Array;
  /** Target neuron of each synapse. */
  readonly targets: Int32Array;
  /** Weight of each synapse, or null when every synapse has `weightScalar`. */
  readonly weights: Float32Array | null;
  readonly weightScalar: number;
  /** Delay of each synapse in steps, or null when all have `delaySteps`. */
  readonly delays: Uint16Array | null;
  readonly delaySteps: number;
  /** Lower and upper weight bounds (±∞ when unbounded). */
  readonly wMin: number;
  readonly wMax: number;
  /** Lowest weight transmitted (−∞ when every weight is transmitted as it is). */
  readonly efficacyMin: number;
  /** The post→pre index, built when a plasticity rule asks for it. */
  readonly transposed: TransposedIndex | null;
}

/** Incoming synapses of target j: colSyn[colPtr[j] … colPtr[j+1]−1], from sources colPre[…]. */
export interface TransposedIndex {
  readonly colPtr: Int32Array;
  readonly colSyn: Int32Array;
  readonly colPre: Int32Array;
}

/** The weights a projection transmits (a copy): each weight, or efficacyMin where it lies below. */
export function transmittedWeights(proj: ProjectionRuntime): Float32Array {
  const w = proj.weights;
  if (!w) return new Float32Array(proj.nSynapses).fill(proj.weightScalar);
  const out = w.slice();
  const floor = proj.efficacyMin;
  for (let s = 0; s < out.length; s++) if (out[s]! < floor) out[s] = floor;
  return out;
}
