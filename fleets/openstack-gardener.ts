/** The OpenStack example fleet authored for a real Gardener: CloudProfile, Seeds, Projects and Shoots in garden/. */
import { ControlPlaneBackend, Garden } from '../lib';
import { buildOpenStackFleet } from './openstack';

export default function openstackGardenerFleet(): Garden {
  return buildOpenStackFleet({ variant: 'openstack-gardener', backend: ControlPlaneBackend.GARDENER });
}
