export * from './facts';
export * from './html';
export * from './maintenance';
export * from './upgrade-plan';
