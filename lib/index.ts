// seedbed public API: re-exports only.
export * from './core/errors';
export * from './core/types';
export * from './core/versions';
export * from './core/names';
export * from './cloudprofile/cloud-profile';
export * from './project/project';
export * from './seed/seed';
export * from './shoot/shoot';
export * from './worker-pool/worker-pool';
export * from './garden/garden';
export * from './garden/model';
export * from './garden/resolve';
export * from './multicluster/settings';
export * from './multicluster/platform-service';
export * from './multicluster/model';
