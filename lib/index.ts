// seedbed public API: re-exports only — the model and synth. Everything else has its own entry
// point: `seedbed/cli` (the command line, the cdk8s/cdktn app entry points, fleet loading),
// `seedbed/diff`, `seedbed/report` and `seedbed/schema`. Helpers (error lists, name and version
// functions) are internal.

// The model: constructs, their props and enums.
export {
  Architecture, ControlPlaneBackend, CredentialsDelivery, CriName, DataStoreDriver, FailureToleranceType, GitOpsEngine, KarmadaSyncMode, MachineImageBootstrap, MachineImageUserDataFormat, DnsRecordProvider, MultiClusterSystem,
  NetworkingType, PatchOperation, ProviderType, Provisioner, SchedulingStrategy, SeedRegistration, SecretStoreKind, ServerGroupPolicy, ServiceSourceType, ServiceType,
  ShootLifecycle, ShootPurpose, TaintEffect, TerraformStateBackend, VSphereAntiAffinity, VSphereShareLevel, WorkerUpdateStrategy,
  type SecretReference, type Taint,
} from './core/types';
export { VersionClassification, type ExpirableVersion } from './core/versions';
export { StackWorkaround, TerraformEngine, type ManagementStack, type ResolvedStack, type StackComponent } from './core/stack';
export * from './model/app';
export * from './model/garden';
export * from './model/cloud-profile';
export * from './model/project';
export * from './model/credentials-binding';
export * from './model/seed';
export * from './model/shoot';
export * from './model/worker-pool';
export * from './model/multicluster-settings';
export * from './model/platform-service';

// Problems of a fleet definition, as synth reports them.
export { ErrorType, FleetValidationError, WarningType, type FieldError, type FieldWarning } from './core/problems';

// Synth: the fleet rendered, checked and written; what it returns.
export { Fleet } from './pipeline/fleet';
export { type SynthOptions, type SynthResult, OutputCheckError } from './pipeline/synth';
export { type SeedSummary } from './pipeline/incremental';
export { type ValidateOptions, type ValidateResult } from './pipeline/validate';
export { type WriteResult } from './output/writer';
export { type Manifest, type RenderedFile, type RenderedTree } from './core/manifest';
export {
  type ResolvedDataStore, type ResolvedFleet, type ResolvedProject, type ResolvedSeed, type ResolvedShoot, type ResolvedWorkerPool, type ZoneShare,
  type ResolvedApiServer, type ResolvedCloudProfile, type ResolvedControlPlaneMachine, type ResolvedInfrastructure, type ResolvedIntOrPercent,
  type OpenStackReference, type ResolvedRepository, type ResolvedSeedControlPlane, type ResolvedGardenlet, type ResolvedOverride, type ResolvedObjectPatch,
} from './resolve/model';
export {
  type ResolvedBurstPartners, type ResolvedHelmChart, type ResolvedMultiCluster, type ResolvedPlacement, type ResolvedPlatformService, type ResolvedServiceOverride,
} from './resolve/multicluster-model';
