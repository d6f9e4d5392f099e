/**
 * Where output goes: results on standard output (one JSON document with `--json`),
 * everything for the human watching — notes, progress, where files went — on
 * standard error, so `mirrorlab … --json | jq` always gets clean JSON.
 *
 * Every write of the CLI goes through here, so the whole CLI can be run inside
 * another program (the tests do) with its output captured.
 */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether standard error is a terminal (progress bars are drawn only then). */
  stderrIsTTY: boolean;
}

const processIo: CliIo = {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
  get stderrIsTTY() {
    return process.stderr.isTTY === true;
  },
};

let io: CliIo = processIo;

/** Send the CLI's output to `next` until the returned function is called. */
export function useIo(next: CliIo): () => void {
  const previous = io;
  io = next;
  return () => {
    io = previous;
  };
}

export function currentIo(): CliIo {
  return io;
}

export function writeOut(text: string): void {
  io.stdout(text);
}

export function writeErr(text: string): void {
  io.stderr(text);
}

export function printJson(value: unknown): void {
  io.stdout(`${JSON.stringify(value)}\n`);
}

export function printText(text: string): void {
  io.stdout(text.endsWith('\n') ? text : `${text}\n`);
}

/** A note for the human (standard error). */
export function note(text: string): void {
  io.stderr(`${text}\n`);
}
