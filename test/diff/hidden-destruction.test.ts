/**
 * Issue 17, "hidden destruction": each change below made `diff` say "safe" (exit 0) while
 * `terraform plan` or Cluster API destroys something. Each is rendered from an example fleet
 * and must now be destructive, with the finding that says why.
 */
import { Provisioner } from '../../lib/core/types';
import { DestructiveClass, FleetDiff } from '../../lib/diff/model';
import { summaryLines } from '../../lib/diff/format';
import { diffMutation } from './example-diff';
import { addFloatingPool, all, floatingPool, poolProvisioner, poolSize, poolZones, removePool, vsphereFolder } from './mutations';

function findingsOf(diff: FleetDiff, shoot: string) {
  const scope = diff.scopes.find((s) => s.shoot === shoot);
  return scope ? [...scope.findings, ...scope.items.flatMap((i) => i.findings)] : [];
}

describe('changes that destroy are destructive', () => {
  test('a static OpenStack pool shrinks to one zone (only locals change): the server and its port are destroyed', () => {
    const { diff } = diffMutation('openstack', all(poolSize('shop', 'edge-sued', 'static', 1, 1), poolZones('shop', 'edge-sued', 'static', ['eu-sued-1a'])));
    const findings = findingsOf(diff, 'shop--edge-sued');
    expect(findings.filter((f) => f.class === DestructiveClass.TERRAFORM_REMOVED).map((f) => f.subject).sort()).toEqual([
      'openstack_compute_instance_v2.pool_static["eu-sued-1b-0"]',
      'openstack_networking_port_v2.pool_static["eu-sued-1b-0"]',
    ]);
    expect(findings.find((f) => f.subject === 'openstack_compute_instance_v2.pool_static["eu-sued-1b-0"]')!.detail)
      .toBe('no longer in stack shop--edge-sued: Terraform destroys it; it has prevent_destroy, so the apply will fail until that is lifted');
    expect(summaryLines(diff).find((l) => l.startsWith('shoot shop--edge-sued'))).toMatch(/Terraform: 2 to destroy — DESTRUCTIVE \(terraform-removed\)$/);
  });

  test('a static OpenStack pool changes zones: the servers of the zone left are destroyed', () => {
    const { diff } = diffMutation('openstack', poolZones('shop', 'edge-sued', 'static', ['eu-sued-1a']));
    const removed = findingsOf(diff, 'shop--edge-sued').filter((f) => f.class === DestructiveClass.TERRAFORM_REMOVED).map((f) => f.subject);
    expect(removed).toContain('openstack_compute_instance_v2.pool_static["eu-sued-1b-0"]');
  });

  test('a static vSphere pool shrinks: a VM is destroyed', () => {
    const { diff } = diffMutation('vsphere', poolSize('it', 'branch', 'static', 2, 2));
    expect(findingsOf(diff, 'it--branch').filter((f) => f.class === DestructiveClass.TERRAFORM_REMOVED).map((f) => f.subject))
      .toEqual(['vsphere_virtual_machine.pool_static["muc-a-2"]']);
  });

  test('another floating pool (a data source argument) disrupts the router that reads it', () => {
    const { diff } = diffMutation('openstack', all(addFloatingPool('public-2', 'eu-sued-1'), floatingPool('shop', 'edge-sued', 'public-2')));
    const router = findingsOf(diff, 'shop--edge-sued').find((f) => f.subject === 'openstack_networking_router_v2.nodes');
    expect(router).toEqual({
      class: DestructiveClass.TERRAFORM_REPLACED, subject: 'openstack_networking_router_v2.nodes',
      detail: 'external_network_id follows data.openstack_networking_network_v2.floating_pool, which looks up something else now: disrupts in place (the router gets a new external gateway: its SNAT address and the floating IPs behind it change)',
    });
  });

  test('another vSphere folder moves the shoot folder and, through the reference, its VMs', () => {
    const { diff } = diffMutation('vsphere', vsphereFolder('k8s'));
    const findings = findingsOf(diff, 'it--branch');
    expect(findings.map((f) => f.subject)).toEqual(expect.arrayContaining(['vsphere_folder.shoot', 'vsphere_virtual_machine.pool_static["muc-a-0"]']));
    expect(findings.find((f) => f.subject === 'vsphere_virtual_machine.pool_static["muc-a-0"]')!.detail)
      .toMatch(/^folder follows vsphere_folder\.shoot, which changes in place: disrupts in place/);
  });

  test('a Cluster API pool moved to static machines: its MachineDeployments go, and with the last pool the Cluster and control plane', () => {
    const { diff } = diffMutation('openstack', all(poolProvisioner('platform', 'sandbox', 'default', Provisioner.TERRAFORM), poolSize('platform', 'sandbox', 'default', 1, 1)));
    const findings = findingsOf(diff, 'platform--sandbox');
    const classes = new Set(findings.map((f) => f.class));
    expect(classes).toContain(DestructiveClass.MACHINES_REMOVED);
    expect(classes).toContain(DestructiveClass.CONTROL_PLANE_REMOVED);
    expect(findings.filter((f) => f.class === DestructiveClass.MACHINES_REMOVED).map((f) => f.subject)).toEqual(['MachineDeployment shoot--platform--sandbox/sandbox-default-eu-sued-1a']);
    // Kept by prune: disabled — the diff says so instead of claiming deletion.
    expect(findings.find((f) => f.subject === 'KamajiControlPlane shoot--platform--sandbox/sandbox')!.detail).toMatch(/kept by prune: disabled, so it stays in the seed/);
  });

  test('a zone dropped from a Cluster API pool deletes the machines of its MachineDeployment', () => {
    const { diff } = diffMutation('openstack', poolZones('shop', 'staging', 'web', ['eu-nord-1a']));
    expect(findingsOf(diff, 'shop--staging').filter((f) => f.class === DestructiveClass.MACHINES_REMOVED).map((f) => f.subject))
      .toEqual(['MachineDeployment shoot--shop--staging/staging-web-eu-nord-1b']);
  });

  test('a removed pool stays one finding (worker-pool-removed), not one per MachineDeployment', () => {
    const { diff } = diffMutation('openstack', removePool('data', 'analytics', 'gpu'));
    expect([...new Set(findingsOf(diff, 'data--analytics').map((f) => f.class))]).toEqual([DestructiveClass.WORKER_POOL_REMOVED]);
  });
});
