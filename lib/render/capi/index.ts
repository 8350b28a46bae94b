/**
 * Cluster API renderers: the `Cluster` of a shoot with its infrastructure cluster, the
 * control-plane objects of the backends that go through Cluster API, and worker pools as
 * MachineDeployments.
 */
export * from './bootstrap';
export * from './cluster';
export * from './hash';
export * from './infrastructure';
export * from './kamaji-control-plane';
export * from './kubeadm-control-plane';
export * from './names';
export * from './workers';
