/** The OpenStack example fleet with upstream Cluster API control planes (kubeadm on machines). */
import { ControlPlaneBackend, Garden } from '../lib';
import { buildOpenStackFleet } from './openstack';

export default function openstackClusterApiFleet(): Garden {
  return buildOpenStackFleet({ variant: 'openstack-cluster-api', backend: ControlPlaneBackend.CLUSTER_API });
}
