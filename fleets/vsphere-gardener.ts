/** The vSphere example fleet authored for a real Gardener (provider-vsphere): CloudProfile, Gardenlets, Projects and Shoots in garden/. */
import { ControlPlaneBackend, Garden } from '../lib';
import { buildVSphereFleet } from './vsphere';

export default function vsphereGardenerFleet(): Garden {
  return buildVSphereFleet({ variant: 'vsphere-gardener', backend: ControlPlaneBackend.GARDENER });
}
