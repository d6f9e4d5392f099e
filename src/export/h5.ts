/**
 * Access to h5wasm with HDF5 errors as exceptions. By default h5wasm prints HDF5
 * errors and carries on (a failed open gives a file with id -1, a failed write
 * goes unnoticed), which would let an export "succeed" with a broken file. Inside
 * {@link withHdf5} the throwing error handler is on; it is switched back off after,
 * so other users of the shared h5wasm module keep its default behaviour.
 */
import h5wasm from 'h5wasm/node';

/**
 * Run `work` (synchronous: h5wasm calls are) with HDF5 errors thrown as JavaScript
 * Errors. Being synchronous, no other code can run while the handler is switched.
 */
export async function withHdf5<T>(work: (lib: typeof h5wasm) => T): Promise<T> {
  const module = await h5wasm.ready;
  module.activate_throwing_error_handler();
  try {
    return work(h5wasm);
  } finally {
    module.deactivate_throwing_error_handler();
  }
}

/**
 * The innermost reason in an HDF5 error stack (e.g. "file signature not found"),
 * for a one-line message; the whole stack stays available as the error's cause.
 */
export function hdf5Reason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const reasons = [...text.matchAll(/ in [\w.]+\(\): (.+)$/gm)].map((m) => m[1]!.trim());
  return reasons.at(-1) ?? text.split('\n')[0] ?? text;
}
