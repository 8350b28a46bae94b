/**
 * What every command is given: where it writes, the working directory, the environment, and the
 * progress line.
 */
import { Progress } from './progress';

/** Where {@link run} writes and what it takes relative paths from. */
export interface CliIo {
  /** Writes one line of the command's output (stdout). */
  readonly out: (line: string) => void;
  /** Writes one line of diagnostics (stderr). */
  readonly err: (line: string) => void;
  /** The working directory. */
  readonly cwd: string;
  /**
   * The environment the command reads its variables (`SEEDBED_SCHEMAS`) from.
   * @default - none read
   */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /**
   * Where long commands draw their progress line; nothing is drawn unless it is a terminal
   * (`isTTY`), and never under CI.
   * @default - standard error for the process's own output, else nowhere
   */
  readonly progress?: { readonly isTTY?: boolean; write(text: string): unknown };
}

/** What a command's action works with besides its arguments and options. */
export interface CommandContext {
  /** Output, working directory and environment. */
  readonly io: CliIo;
  /** The status line of long commands (drawn only on a terminal). */
  readonly progress: Progress;
  /** Whether the output may be coloured (a terminal, and NO_COLOR not set). */
  readonly colour: boolean;
}
