/**
 * Progress on long runs: one status line on standard error, rewritten in place, shown only when
 * standard error is a terminal (never in CI logs, pipes or tests) and cleared when done.
 */

/** A status line for the steps of a long command. */
export class Progress {
  private shown = false;
  private readonly started = Date.now();

  /** @param stream where to draw; nothing is drawn unless it is a terminal. */
  constructor(private readonly stream: { isTTY?: boolean; write(s: string): unknown } | undefined) {}

  /** True when the line is drawn. */
  public get enabled(): boolean {
    return !!this.stream?.isTTY && !process.env.CI && process.env.TERM !== 'dumb';
  }

  /** Shows what is being done now. */
  public step(text: string): void {
    if (!this.enabled) return;
    const seconds = ((Date.now() - this.started) / 1000).toFixed(1);
    this.stream!.write(`\r\x1b[K${text} … ${seconds}s`);
    this.shown = true;
  }

  /** Clears the line. */
  public done(): void {
    if (!this.shown) return;
    this.stream!.write('\r\x1b[K');
    this.shown = false;
  }
}
