/**
 * What `synth` and `validate` do before either renders: find the fleets, type-check them in one
 * program, load them, and decide each one's output folder (as synth would write it, so validate
 * reads the same baseline).
 */
import { count } from '../../core/plural';
import { OutputFolder } from '../../layout';
import { Garden } from '../../model/garden';
import { checkFleetTypes, findFleets, FleetFile, loadFleet } from '../../pipeline/fleets';
import { CommandContext } from '../context';
import { outputFolders } from '../options';

/** A fleet loaded for a command, with the folder synth writes it to. */
export interface LoadedFleet {
  readonly file: FleetFile;
  readonly garden: Garden;
  readonly folder: OutputFolder;
}

/** Finds, type-checks and loads the fleets named (default: every fleet in fleets/), and decides their output folders. */
export function loadFleets(fleets: string[], out: string | undefined, cacheDir: string | undefined, { io, progress }: CommandContext): LoadedFleet[] {
  const files = findFleets(fleets, io.cwd);
  // Every TypeScript fleet is type-checked, in one program, before any of them runs.
  progress.step(`type-checking ${count(files.length, 'fleet file')}`);
  checkFleetTypes(files, { cacheDir });
  const loaded = files.map((file) => {
    progress.step(`${file.name}: loading the fleet`);
    return { file, garden: loadFleet(file) };
  });
  // Every folder is decided (and checked) before anything is written or read.
  const folders = outputFolders(loaded, io.cwd, out);
  return loaded.map((l, i) => ({ ...l, folder: folders[i] }));
}
