/** Bad input from the user: the CLI prints the message on one line and exits with status 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Exit statuses: 0 done, 1 a run failed, 2 bad input. */
export const EXIT = { ok: 0, failed: 1, badInput: 2 } as const;
