/**
 * What each exit code means for each command, as its `--help` lists it (the codes themselves are
 * `EXIT` in ./main; test/cli/exit-codes checks that the two agree).
 */

const FLEET = '1 the fleet definition has problems or a fleet file does not type-check';
const FOLDER = '4 the output folder was refused (files seedbed does not own, a symbolic link, every shoot removed, a commit journal seedbed refuses), holds an interrupted commit that cannot be completed, or is busy (nothing was written)';
const TORN = '4 the output folder holds an interrupted commit that cannot be completed, or a commit journal seedbed refuses';
const USAGE = '64 the command was called wrongly (an unknown option, no fleet found, …)';

/** The exit codes of each command, in the order they are listed. */
export const COMMAND_EXIT_CODES: Readonly<Record<string, readonly string[]>> = {
  'synth': ['0 the output was written', FLEET, '2 the rendered output fails its checks (nothing was written)', FOLDER, USAGE],
  'validate': ['0 the fleet and its rendered output are valid', FLEET, '2 the rendered output fails its checks', TORN, USAGE],
  'diff': ['0 no destructive change (or --allow-destructive)', FLEET, '3 destructive changes', TORN,
    '64 the command was called wrongly (also a missing or empty baseline, or one without a readable fleet.json; no fleet found)'],
  'report': ['0 the report was written', FLEET, TORN, USAGE],
  'upgrade-plan': ['0 the plan was printed', FLEET, '3 with --stack: the rendered diff of the target stack has destructive changes', TORN,
    '64 the command was called wrongly (also a --stack target that cannot be planned: versions without schemas, a known-bad combination; no fleet found)'],
  'init': ['0 the repository was scaffolded', '64 the command was called wrongly (a folder that is not empty without --force, a garden name that is not a DNS label, …)'],
};

/** The codes of the whole program, for `seedbed --help`. */
export const PROGRAM_EXIT_CODES: readonly string[] = [
  '0 success', FLEET, '2 the rendered output fails its checks', '3 diff found destructive changes',
  '4 the output folder was refused, holds an interrupted commit that cannot be completed, or is busy', '64 the command was called wrongly',
];

/** The help paragraph listing `codes`. */
export function exitCodesHelp(codes: readonly string[]): string {
  return `\nExit codes: ${codes.join('; ')}.`;
}
