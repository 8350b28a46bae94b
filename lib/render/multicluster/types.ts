/**
 * What each multi-cluster system's renderer returns (the systems and ./index.ts share these types
 * without importing each other).
 */
import type { Manifest } from '../../core/manifest';
import type { ResolvedFleet } from '../../resolve/model';
import type { ResolvedMultiCluster } from '../../resolve/multicluster-model';

/** One file of a system's hub folder. */
export interface HubFile {
  /** File name without folder, `<name>.yaml`. */
  readonly name: string;
  readonly objects: Manifest[];
}

/** What one system renders. */
export interface SystemRender {
  /** Files of `garden/multicluster/<system>/`, in the order the kustomization lists them. */
  readonly hub: HubFile[];
  /** Objects applied inside shoots (their multicluster stage), by shoot key. */
  readonly members: Map<string, Manifest[]>;
}

/** Renders one system. */
export type SystemRenderer = (fleet: ResolvedFleet, mc: ResolvedMultiCluster) => SystemRender;
