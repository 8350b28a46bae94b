/**
 * Why the writer refuses an output folder, or cannot read one.
 */

/**
 * The output folder is not one seedbed may write as asked: a managed entry is a symbolic link,
 * it holds files seedbed's inventory does not list (see `--adopt`), or the fleet would remove
 * every shoot (see `--allow-empty`). Nothing was written.
 */
export class OutputFolderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutputFolderError';
  }
}

/**
 * The output folder holds a commit that was interrupted (a synth killed or failing while it
 * renamed its files into place) and that could not be completed: its files are a mix of two
 * synths, which no command may read.
 */
export class TornOutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TornOutputError';
  }
}
