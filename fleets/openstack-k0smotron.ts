/** The OpenStack example fleet with k0smotron hosting the control planes. */
import { ControlPlaneBackend, Garden } from '../lib';
import { buildOpenStackFleet } from './openstack';

export default function openstackK0smotronFleet(): Garden {
  return buildOpenStackFleet({ variant: 'openstack-k0smotron', backend: ControlPlaneBackend.K0SMOTRON });
}
