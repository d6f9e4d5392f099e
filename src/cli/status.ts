/**
 * The exit status a command earned without throwing (a run that failed while
 * others went on, criteria not met in `validate`). Kept here rather than in
 * `process.exitCode` so that running the CLI inside another program leaves that
 * program's exit status alone.
 */
let failed = false;

/** Exit with status 1 at the end: a run failed. */
export function markFailed(): void {
  failed = true;
}

/** Read and reset. */
export function takeFailed(): boolean {
  const f = failed;
  failed = false;
  return f;
}
