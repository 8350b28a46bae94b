// seedbed public API: re-exports only.
export * from './core/problems';
export * from './core/types';
export * from './core/versions';
export * from './core/names';
export * from './model/cloud-profile';
export * from './model/project';
export * from './model/seed';
export * from './model/shoot';
export * from './model/worker-pool';
export * from './model/garden';
export * from './resolve/model';
export * from './resolve/fleet';
export * from './model/multicluster-settings';
export * from './model/platform-service';
export * from './resolve/multicluster-model';

// Rendering and writing: the pipeline behind `seedbed synth` and `seedbed validate`.
export { synth, synthesize, type SynthOptions, type SynthResult, OutputCheckError } from './pipeline/synth';
export { validate, type ValidateOptions, type ValidateResult } from './pipeline/validate';
export { type WriteResult } from './output/writer';
export { renderFleet } from './pipeline/render';
export { type Manifest, type RenderedFile, type RenderedTree } from './core/manifest';

// Checking rendered objects against their upstream schemas.
export { SchemaRegistry, type SchemaProblem, KUBERNETES_RELEASE } from './schema';
export { checkRenderedTree } from './pipeline/check';

// Reviewing a change: the rendered fleet against its committed output.
export { diffFleet, type DiffFleetOptions } from './diff/fleet';
export { type Baseline, BaselineError, type LocateOptions, locateBaseline, locateOutputDir, readBaselineDir } from './diff/baseline';
export { formatMarkdown, formatText, isDestructive, MARKDOWN_MARKER, type TextOptions } from './diff/format';
export {
  type ChangeCounts, ChangeKind, DestructiveClass, type DiffItem, type FieldChange, type Finding, type FleetDiff, ItemType, type ScopeDiff, ScopeType, ShootStatus,
} from './diff/model';

// Reports: the HTML fleet report and upgrade plans.
export {
  type DataStoreUsage, ExpiringKind, type ExpiringVersion, fleetFacts, type FleetFacts, type PurposeCount, type SeedUsage, type VersionCount, VersionStatus, type ZoneWorkers,
} from './report/facts';
export { renderReport } from './report/html';
export { type DatedWindow } from './report/maintenance';
export {
  type ExpiryReason, type FleetUpgradePlan, formatPlanJson, formatPlanMarkdown, formatPlanText, planFleet, type ShootUpgradePlan, type UpgradeChange, UpgradeKind,
  upgradePlan, type UpgradePlan, type UpgradePlanOptions, type UpgradeStep, UpgradeTarget,
} from './report/upgrade-plan';

// The command line and the app entry points of cdk8s.yaml / cdktf.json.
export { type CliIo, EXIT, run } from './cli/main';
export { type AppFleet, type AppSynthOptions, type CdktfStackEntry, synthCdk8sApp, synthCdktfApp } from './pipeline/apps';
export { type FleetFile, findFleets, loadFleet } from './pipeline/fleets';
export { UsageError } from './pipeline/errors';
export { initProject, type InitOptions, type InitResult, seedbedVersion } from './cli/commands/init';
export { type ProjectSettings, resolveSchemaDir, type SchemaDirOptions, SCHEMAS_ENV, SETTINGS_FILE } from './pipeline/schemas';
