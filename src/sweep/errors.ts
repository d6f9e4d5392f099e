/** A sweep that cannot be run as asked (a malformed grid or shard); the CLI reports it as bad input. */
export class SweepError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SweepError';
  }
}
