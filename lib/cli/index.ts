// `seedbed/cli`: the command line, the app entry points of cdk8s.yaml / cdktf.json, and how fleet
// files are found and loaded. Re-exports only.
export { type CliIo, EXIT, run } from './main';
export { type FleetFile, findFleets, loadFleet, UsageError } from './fleets';
export { initProject, type InitOptions, type InitResult, seedbedVersion } from './init';
export { type ProjectSettings, resolveSchemaDir, type SchemaDirOptions, SCHEMAS_ENV, SETTINGS_FILE } from './schemas';
export { type AppFleet, type AppSynthOptions, type CdktfStackEntry, synthCdk8sApp, synthCdktfApp } from '../pipeline/apps';
