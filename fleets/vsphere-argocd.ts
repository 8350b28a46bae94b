/** The vSphere example fleet reconciled by Argo CD instead of Flux. */
import { Garden, GitOpsEngine } from '../lib';
import { buildVSphereFleet } from './vsphere';

export default function vsphereArgoCdFleet(): Garden {
  return buildVSphereFleet({ variant: 'vsphere-argocd', gitOpsEngine: GitOpsEngine.ARGOCD });
}
