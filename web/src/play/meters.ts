/** Frame rate of the panels, measured over a sliding second of animation frames. */
export class FrameMeter {
  private readonly stamps: number[] = [];
  frames = 0;
  /** Time spent drawing in the last frame (ms). */
  lastDrawMs = 0;

  frame(wallMs: number, drawMs: number): void {
    this.frames++;
    this.lastDrawMs = drawMs;
    this.stamps.push(wallMs);
    while (this.stamps.length > 0 && wallMs - this.stamps[0]! > 1000) this.stamps.shift();
  }

  /** Frames per second over the last second. */
  get fps(): number {
    if (this.stamps.length < 2) return 0;
    const span = this.stamps[this.stamps.length - 1]! - this.stamps[0]!;
    return span > 0 ? ((this.stamps.length - 1) * 1000) / span : 0;
  }
}
