/**
 * Changes a user makes to a fleet, applied to a built Garden (the example fleets are code, so the
 * tests change the props of their constructs the way an edited fleet file would give them).
 * Props are `readonly` for fleet authors; the tests replace whole props objects.
 */
import { CloudProfile } from '../../lib/model/cloud-profile';
import { Garden } from '../../lib/model/garden';
import { Shoot } from '../../lib/model/shoot';
import { WorkerPool } from '../../lib/model/worker-pool';
import { Provisioner } from '../../lib/core/types';

/** The shoot `<project>/<name>` of a garden. */
export function shootOf(garden: Garden, project: string, name: string): Shoot {
  const found = garden.node.findAll().filter((c): c is Shoot => c instanceof Shoot && c.node.scope?.node.id === project && c.node.id === name);
  if (found.length !== 1) throw new Error(`no shoot ${project}/${name}`);
  return found[0];
}

/** The pool of a shoot. */
export function poolOf(shoot: Shoot, pool: string): WorkerPool {
  const found = shoot.workerPools.find((p) => p.name === pool);
  if (!found) throw new Error(`no pool ${pool} in ${shoot.node.path}`);
  return found;
}

function setProps<T extends { props: unknown }>(construct: T, props: T['props']): void {
  (construct as { props: unknown }).props = props;
}

/** One change to a fleet, with a description for failure messages. */
export interface Mutation {
  readonly describe: string;
  readonly apply: (garden: Garden) => void;
}

export const poolSize = (project: string, shoot: string, pool: string, minimum: number, maximum: number): Mutation => ({
  describe: `${project}/${shoot} pool ${pool}: ${minimum}–${maximum} machines`,
  apply: (g) => { const p = poolOf(shootOf(g, project, shoot), pool); setProps(p, { ...p.props, minimum, maximum }); },
});

export const poolZones = (project: string, shoot: string, pool: string, zones: string[]): Mutation => ({
  describe: `${project}/${shoot} pool ${pool}: zones ${zones.join(',')}`,
  apply: (g) => { const p = poolOf(shootOf(g, project, shoot), pool); setProps(p, { ...p.props, zones }); },
});

export const poolProvisioner = (project: string, shoot: string, pool: string, provisioner: Provisioner): Mutation => ({
  describe: `${project}/${shoot} pool ${pool}: provisioner ${provisioner}`,
  apply: (g) => { const p = poolOf(shootOf(g, project, shoot), pool); setProps(p, { ...p.props, provisioner }); },
});

export const poolImage = (project: string, shoot: string, pool: string, name: string, version: string): Mutation => ({
  describe: `${project}/${shoot} pool ${pool}: image ${name} ${version}`,
  apply: (g) => { const p = poolOf(shootOf(g, project, shoot), pool); setProps(p, { ...p.props, image: { name, version } }); },
});

export const poolMachineType = (project: string, shoot: string, pool: string, machineType: string): Mutation => ({
  describe: `${project}/${shoot} pool ${pool}: machine type ${machineType}`,
  apply: (g) => { const p = poolOf(shootOf(g, project, shoot), pool); setProps(p, { ...p.props, machineType }); },
});

export const removePool = (project: string, shoot: string, pool: string): Mutation => ({
  describe: `${project}/${shoot} pool ${pool} removed`,
  apply: (g) => {
    const s = shootOf(g, project, shoot);
    const p = poolOf(s, pool);
    if (!s.node.tryRemoveChild(p.node.id)) throw new Error(`cannot remove ${p.node.path}`);
  },
});

export const nodesCidr = (project: string, shoot: string, nodes: string): Mutation => ({
  describe: `${project}/${shoot}: node range ${nodes}`,
  apply: (g) => { const s = shootOf(g, project, shoot); setProps(s, { ...s.props, networking: { ...s.props.networking, nodes } }); },
});

export const floatingPool = (project: string, shoot: string, name: string): Mutation => ({
  describe: `${project}/${shoot}: floating pool ${name}`,
  apply: (g) => { const s = shootOf(g, project, shoot); setProps(s, { ...s.props, openstack: { ...s.props.openstack, floatingPoolName: name } }); },
});

/** Adds a floating pool to the OpenStack profile (so a shoot may pick it). */
export const addFloatingPool = (name: string, region: string): Mutation => ({
  describe: `cloud profile: floating pool ${name} in ${region}`,
  apply: (g) => {
    for (const c of g.node.findAll()) {
      if (!(c instanceof CloudProfile) || !c.props.openstack) continue;
      setProps(c, { ...c.props, openstack: { ...c.props.openstack, floatingPools: [...(c.props.openstack.floatingPools ?? []), { name, region }] } });
    }
  },
});

export const vsphereFolder = (folder: string): Mutation => ({
  describe: `vSphere regions: folder ${folder}`,
  apply: (g) => {
    for (const c of g.node.findAll()) {
      if (!(c instanceof CloudProfile) || !c.props.vsphere) continue;
      setProps(c, { ...c.props, vsphere: { ...c.props.vsphere, regions: c.props.vsphere.regions.map((r) => ({ ...r, folder })) } });
    }
  },
});

/** Several mutations as one. */
export function all(...ms: Mutation[]): Mutation {
  return { describe: ms.map((m) => m.describe).join('; '), apply: (g) => ms.forEach((m) => m.apply(g)) };
}
