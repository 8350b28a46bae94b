// `seedbed/cli`: the command line, the app entry points of cdk8s.yaml / cdktf.json, and how fleet
// files are found and loaded. Re-exports only.
export { EXIT, run } from './main';
export { type CliIo } from './context';
export { type FleetFile, checkFleetTypes, findFleets, loadFleet, type LoadFleetOptions } from '../pipeline/fleets';
export { FleetTypeError, UsageError } from '../pipeline/errors';
export { initProject, type InitOptions, type InitResult, seedbedVersion } from './commands/init';
export { type ProjectSettings, resolveSchemaDir, type SchemaDirOptions, SCHEMAS_ENV, SETTINGS_FILE } from '../pipeline/schemas';
export {
  type AppFleet, type AppSynthOptions, type CdktfStackEntry, type CdktnStackEntry, synthCdk8sApp, synthCdktfApp, synthCdktnApp,
} from '../pipeline/apps';
