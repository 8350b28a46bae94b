import { ErrorList, formatFieldError } from '../../lib/core/problems';
import {
  Architecture, ControlPlaneBackend, CriName, FailureToleranceType, Provisioner, ShootPurpose, TaintEffect, WorkerUpdateStrategy,
} from '../../lib/core/types';
import { VersionClassification } from '../../lib/core/versions';
import { InventoryShoot } from '../../lib/resolve/model';
import { NetworkingType, Shoot } from '../../lib/model/shoot';
import { ShootContext, ShootDraft, distributeOverZones, parseWindowTime, resolveShoot } from '../../lib/resolve/shoot';
import { IntOrPercent } from '../../lib/model/worker-pool';
import { FleetSpec, NOW, ShootSpec, buildFleet, buildVSphereFleet, shootSpec } from '../fixtures/fleet';

const S = 'fleet/shop/prod';
const W = 'fleet/shop/prod/web';
const B = 'fleet/shop/prod/batch';
const w0 = 'spec.provider.workers[0]';
const w1 = 'spec.provider.workers[1]';

interface Run {
  draft: ShootDraft;
  errors: string[];
}

function run(shoot: Shoot, previous?: InventoryShoot, ctx: Partial<ShootContext> = {}): Run {
  const errs = new ErrorList(shoot.node.path);
  const draft = resolveShoot(shoot, {
    now: NOW, defaultBackend: ControlPlaneBackend.KAMAJI, gardenDnsDomain: 'k8s.example.com', previous, ...ctx,
  }, errs);
  return { draft, errors: errs.errors.map((e) => `${e.path} ${e.field} ${e.type}`).sort() };
}

/** Resolves shop/prod after `edit`; `previous` is what the last synth recorded for it. */
function check(edit: (shoot: ShootSpec, spec: FleetSpec) => void, previous?: InventoryShoot): Run {
  const built = buildFleet((spec) => edit(shootSpec(spec, 'shop/prod'), spec));
  return run(built.shoots['shop/prod'], previous);
}

const pool = (s: ShootSpec, i = 0) => s.pools[i].props;
const profileOf = (spec: FleetSpec) => spec.profiles[0].props;

describe('resolveShoot', () => {
  it('accepts the fixture shoots', () => {
    const built = buildFleet();
    for (const shoot of Object.values(built.shoots)) expect(run(shoot).errors).toEqual([]);
    for (const shoot of Object.values(buildVSphereFleet().shoots)) expect(run(shoot).errors).toEqual([]);
  });

  describe('fails when (shoot)', () => {
    test.each<[string, (s: ShootSpec, spec: FleetSpec) => void, string[]]>([
      // Names.
      ['the name is not a DNS label', (s) => { s.props.name = 'Prod'; }, [`${S} metadata.name Invalid`]],
      ['the name contains --', (s) => { s.props.name = 'prod--eu'; }, [`${S} metadata.name Invalid`]],
      ['project + shoot name exceed 21 characters', (s) => { s.props.name = 'production-eu-1a-x'; }, [`${S} metadata.name TooLong`]],
      // Region and purpose.
      ['the region is not in the CloudProfile', (s) => { s.props.region = 'us-1'; pool(s, 1).zones = undefined; }, [
        `${S} spec.region NotSupported`,
        // Without a region there are no zones to default to.
        `${W} ${w0}.zones Required`, `${B} ${w1}.zones Required`,
      ]],
      ['the purpose is unknown', (s) => { s.props.purpose = 'fun' as ShootPurpose; }, [`${S} spec.purpose NotSupported`]],
      ['the infrastructure purpose is used outside the garden project', (s) => { s.props.purpose = ShootPurpose.INFRASTRUCTURE; }, [`${S} spec.purpose Forbidden`]],
      // Kubernetes version.
      ['the version is malformed', (s) => { s.props.kubernetesVersion = '1.33.x'; }, [`${S} spec.kubernetes.version Invalid`]],
      ['the version is not offered', (s) => { s.props.kubernetesVersion = '1.33.9'; }, [`${S} spec.kubernetes.version NotSupported`]],
      ['the version has expired', (s) => { s.props.kubernetesVersion = '1.30.14'; }, [`${S} spec.kubernetes.version Forbidden`]],
      ['the minor has only a preview version', (s) => { s.props.kubernetesVersion = '1.34'; }, [`${S} spec.kubernetes.version NotSupported`]],
      ['the minor has only expired versions', (s) => { s.props.kubernetesVersion = '1.30'; }, [`${S} spec.kubernetes.version NotSupported`]],
      ['the minor is not offered', (s) => { s.props.kubernetesVersion = '1.20'; }, [`${S} spec.kubernetes.version NotSupported`]],
      ['no version can be defaulted', (s, spec) => {
        s.props.kubernetesVersion = undefined;
        profileOf(spec).kubernetesVersions = [{ version: '1.34.1', classification: VersionClassification.PREVIEW }];
      }, [`${S} spec.kubernetes.version NotSupported`]],
      // Networking.
      ['the networking type is unknown', (s) => { s.props.networking = { type: 'flannel' as NetworkingType }; }, [`${S} spec.networking.type NotSupported`]],
      ['the node range is malformed', (s) => { s.props.networking = { nodes: '10.250.0.0/33' }; }, [`${S} spec.networking.nodes Invalid`]],
      ['the pod range has host bits', (s) => { s.props.networking = { pods: '100.96.0.1/11' }; }, [`${S} spec.networking.pods Invalid`]],
      ['the service range is reserved', (s) => { s.props.networking = { services: '242.0.0.0/16' }; }, [`${S} spec.networking.services Forbidden`]],
      ['the node range overlaps the pod range', (s) => { s.props.networking = { nodes: '100.100.0.0/16' }; }, [`${S} spec.networking.nodes Invalid`]],
      ['the pod range overlaps the service range', (s) => { s.props.networking = { pods: '100.64.0.0/11' }; }, [
        // Reported once, on the later of the two fields.
        `${S} spec.networking.services Invalid`,
      ]],
      ['the pod range is smaller than /24', (s) => { s.props.networking = { pods: '100.96.0.0/25' }; }, [`${S} spec.networking.pods Invalid`]],
      ['the pod range has no room for the pools maximum', (s) => { s.props.networking = { pods: '100.96.0.0/22' }; }, [`${S} spec.networking.pods Invalid`]],
      ['the failure tolerance is unknown', (s) => { s.props.failureTolerance = 'region' as FailureToleranceType; }, [`${S} spec.controlPlane.highAvailability.failureTolerance.type NotSupported`]],
      // Maintenance.
      ['the window begin is malformed', (s) => { s.props.maintenance = { timeWindowBegin: '22:00', timeWindowEnd: '230000+0000' }; }, [`${S} spec.maintenance.timeWindow.begin Invalid`]],
      ['the window end is malformed', (s) => { s.props.maintenance = { timeWindowBegin: '220000+0000', timeWindowEnd: '250000+0000' }; }, [`${S} spec.maintenance.timeWindow.end Invalid`]],
      ['the window offset is beyond +14:00', (s) => { s.props.maintenance = { timeWindowBegin: '220000+1500', timeWindowEnd: '230000+0000' }; }, [`${S} spec.maintenance.timeWindow.begin Invalid`]],
      ['the window is shorter than 30 minutes', (s) => { s.props.maintenance = { timeWindowBegin: '220000+0000', timeWindowEnd: '222900+0000' }; }, [`${S} spec.maintenance.timeWindow Invalid`]],
      ['the window is longer than 6 hours', (s) => { s.props.maintenance = { timeWindowBegin: '220000+0000', timeWindowEnd: '040100+0000' }; }, [`${S} spec.maintenance.timeWindow Invalid`]],
      ['the window begins and ends at the same time', (s) => { s.props.maintenance = { timeWindowBegin: '220000+0100', timeWindowEnd: '220000+0100' }; }, [`${S} spec.maintenance.timeWindow Invalid`]],
      ['the window is short once time zones are applied', (s) => { s.props.maintenance = { timeWindowBegin: '220000+0100', timeWindowEnd: '211500+0000' }; }, [`${S} spec.maintenance.timeWindow Invalid`]],
      // Hibernation.
      ['a schedule has neither start nor end', (s) => { s.props.backend = ControlPlaneBackend.GARDENER; s.props.hibernation = { schedules: [{ location: 'Europe/Berlin' }] }; }, [`${S} spec.hibernation.schedules[0] Required`]],
      ['a cron expression has six fields', (s) => { s.props.backend = ControlPlaneBackend.GARDENER; s.props.hibernation = { schedules: [{ start: '0 0 20 * * 1-5' }] }; }, [`${S} spec.hibernation.schedules[0].start Invalid`]],
      ['a cron expression has an hour 25', (s) => { s.props.backend = ControlPlaneBackend.GARDENER; s.props.hibernation = { schedules: [{ start: '0 20 * * *', end: '0 25 * * *' }] }; }, [`${S} spec.hibernation.schedules[0].end Invalid`]],
      ['a cron expression is words', (s) => { s.props.backend = ControlPlaneBackend.GARDENER; s.props.hibernation = { schedules: [{ start: 'every evening' }] }; }, [`${S} spec.hibernation.schedules[0].start Invalid`]],
      ['the location is not a time zone', (s) => { s.props.backend = ControlPlaneBackend.GARDENER; s.props.hibernation = { schedules: [{ start: '0 20 * * *', location: 'Mars/Olympus' }] }; }, [`${S} spec.hibernation.schedules[0].location Invalid`]],
      ['start and end are the same', (s) => { s.props.backend = ControlPlaneBackend.GARDENER; s.props.hibernation = { schedules: [{ start: '0 20 * * *', end: '0 20 * * *' }] }; }, [`${S} spec.hibernation.schedules[0].end Invalid`]],
      ['the second schedule is bad', (s) => { s.props.backend = ControlPlaneBackend.GARDENER; s.props.hibernation = { schedules: [{ start: '0 20 * * *' }, { end: '61 * * * *' }] }; }, [`${S} spec.hibernation.schedules[1].end Invalid`]],
      // Only Gardener acts on schedules: the other backends refuse them instead of dropping them.
      ...[ControlPlaneBackend.KAMAJI, ControlPlaneBackend.K0SMOTRON, ControlPlaneBackend.CLUSTER_API].map((backend): [string, (s: ShootSpec) => void, string[]] => [
        `a valid schedule is set on the ${backend} backend`, (s) => { s.props.backend = backend; s.props.hibernation = { schedules: [{ start: '0 20 * * 1-5', end: '0 6 * * 1-5', location: 'Europe/Berlin' }] }; },
        [`${S} spec.hibernation.schedules Forbidden`],
      ]),
      // DNS, credentials, labels, annotations.
      ['the DNS domain is not a subdomain', (s) => { s.props.dnsDomain = 'Prod.Example.com'; }, [`${S} spec.dns.domain Invalid`]],
      ['the credentials binding name is invalid', (s) => { s.props.credentialsBinding = 'OpenStack Creds'; }, [`${S} spec.credentialsBindingName Invalid`]],
      ['a label value is invalid', (s) => { s.props.labels = { tier: 'gold!' }; }, [`${S} metadata.labels[tier] Invalid`]],
      ['an annotation key is invalid', (s) => { s.props.annotations = { 'not a key': 'x' }; }, [`${S} metadata.annotations[not a key] Invalid`]],
      // Backend and DataStore.
      ['the backend is unknown', (s) => { s.props.backend = 'hypershift' as ControlPlaneBackend; }, [`${S} spec.controlPlane.backend NotSupported`]],
      ['a DataStore is pinned for the gardener backend', (s) => { s.props.backend = ControlPlaneBackend.GARDENER; s.dataStore = 'seed-1/etcd-1'; }, [`${S} spec.dataStore Forbidden`]],
      ['a DataStore is pinned for the cluster-api backend', (s) => { s.props.backend = ControlPlaneBackend.CLUSTER_API; s.dataStore = 'seed-1/pg-1'; }, [`${S} spec.dataStore Forbidden`]],
      // Provider settings.
      ['vSphere settings are given on OpenStack', (s) => { s.props.vsphere = { network: 'pg' }; }, [`${S} spec.provider.infrastructureConfig Forbidden`]],
      ['the floating pool belongs to another region', (s) => { s.props.openstack = { floatingPoolName: 'public' }; }, [`${S} spec.provider.infrastructureConfig.floatingPoolName NotSupported`]],
      ['the load-balancer provider is not offered in the region', (s) => { s.props.region = 'eu-2'; s.props.openstack = { loadBalancerProvider: 'ovn' }; pool(s, 1).zones = ['eu-2a', 'eu-2b']; }, [
        `${S} spec.provider.controlPlaneConfig.loadBalancerProvider NotSupported`,
      ]],
      ['the existing network id is empty', (s) => { s.props.openstack = { existingNetworkId: '' }; }, [`${S} spec.provider.infrastructureConfig.networks.id Required`]],
      ['the existing router id is empty', (s) => { s.props.openstack = { existingRouterId: '' }; }, [`${S} spec.provider.infrastructureConfig.networks.router.id Required`]],
      // Limits.
      ['the pools minimum together exceed maxNodesTotal', (s, spec) => { profileOf(spec).limits = { maxNodesTotal: 6 }; pool(s).minimum = 6; }, [
        `${S} spec.provider.workers Forbidden`,
      ]],
      ['a pool maximum exceeds maxNodesTotal', (s) => { pool(s).maximum = 51; }, [`${W} ${w0}.maximum Forbidden`]],
    ])('%s', (_why, edit, expected) => {
      expect(check(edit).errors).toEqual([...expected].sort());
    });
  });

  describe('fails when (worker pool)', () => {
    test.each<[string, (s: ShootSpec, spec: FleetSpec) => void, string[]]>([
      // Names.
      ['the pool name is longer than 15 characters', (s) => { pool(s).name = 'web-frontend-eu1'; }, [`${W} ${w0}.name TooLong`]],
      ['the pool name is not a DNS label', (s) => { pool(s).name = 'Web'; }, [`${W} ${w0}.name Invalid`]],
      ['two pools share a name', (s) => { pool(s, 1).name = 'web'; }, [`${B} ${w1}.name Duplicate`]],
      // Machine type and architecture.
      ['the machine type is not offered', (s) => { pool(s).machineType = 'm9.huge'; }, [`${W} ${w0}.machine.type NotSupported`]],
      ['the machine type is not usable', (s) => { pool(s).machineType = 'm0.small'; }, [`${W} ${w0}.machine.type Forbidden`]],
      ['the machine type is not available in a zone', (s) => { pool(s).machineType = 'g1.xlarge'; }, [`${W} ${w0}.machine.type Forbidden`]],
      ['the architecture is unknown', (s) => { pool(s).architecture = 'mips' as Architecture; }, [
        `${W} ${w0}.machine.architecture NotSupported`,
        // …and the chosen image version is not built for it either.
        `${W} ${w0}.machine.image.version NotSupported`,
      ]],
      ['the architecture differs from the machine type', (s) => { pool(s).architecture = Architecture.ARM64; }, [`${W} ${w0}.machine.architecture Invalid`]],
      // Zones.
      ['the zones are empty', (s) => { pool(s).zones = []; pool(s).minimum = 1; pool(s).maximum = 2; }, [`${W} ${w0}.zones Required`]],
      ['a zone is not in the region', (s) => { pool(s).zones = ['eu-1a', 'eu-2a', 'eu-1b']; }, [`${W} ${w0}.zones[1] NotSupported`]],
      ['a zone is listed twice', (s) => { pool(s).zones = ['eu-1a', 'eu-1b', 'eu-1a']; }, [`${W} ${w0}.zones[2] Duplicate`]],
      // Image.
      ['the image is not offered', (s) => { pool(s).image = { name: 'ubuntu' }; }, [`${W} ${w0}.machine.image.name NotSupported`]],
      ['the image version is not offered', (s) => { pool(s).image = { name: 'gardenlinux', version: '1877.4.0' }; }, [`${W} ${w0}.machine.image.version NotSupported`]],
      ['the image version has expired', (s) => { pool(s).image = { name: 'gardenlinux', version: '1443.10.0' }; }, [`${W} ${w0}.machine.image.version Forbidden`]],
      ['the image version is not built for the architecture', (s) => {
        pool(s).machineType = 'a1.large'; pool(s).image = { name: 'gardenlinux', version: '1592.9.0' };
      }, [`${W} ${w0}.machine.image.version NotSupported`]],
      ['the image version needs a newer kubelet', (s, spec) => {
        profileOf(spec).machineImages[1].versions[0].kubeletVersionConstraint = '>= 1.34';
        pool(s).image = { name: 'flatcar', version: '4230.2.0' };
      }, [`${W} ${w0}.machine.image.version Forbidden`]],
      ['no version of the image fits the kubelet', (s, spec) => {
        profileOf(spec).machineImages[1].versions[0].kubeletVersionConstraint = '>= 1.34';
        pool(s).image = { name: 'flatcar' };
      }, [`${W} ${w0}.machine.image.version Required`]],
      ['the image version does not support the CRI', (s, spec) => {
        profileOf(spec).machineImages[1].versions[0].cri = [];
        pool(s).image = { name: 'flatcar', version: '4230.2.0' };
      }, [`${W} ${w0}.cri.name NotSupported`]],
      ['no image offers the architecture', (s, spec) => {
        profileOf(spec).machineImages[0].versions[0].architectures = [Architecture.AMD64];
        pool(s).machineType = 'a1.large'; pool(s).image = undefined;
      }, [`${W} ${w0}.machine.image Required`]],
      // Volumes.
      ['the volume type is not offered', (s) => { pool(s, 1).volume = { type: 'nvme', sizeGiB: 50 }; }, [`${B} ${w1}.volume.type NotSupported`]],
      ['the volume type is not usable', (s) => { pool(s, 1).volume = { type: 'legacy', sizeGiB: 50 }; }, [`${B} ${w1}.volume.type Forbidden`]],
      ['the volume type is not available in a zone', (s) => { pool(s, 1).volume = { type: 'ssd', sizeGiB: 50 }; pool(s, 1).zones = ['eu-1a', 'eu-1c']; }, [`${B} ${w1}.volume.type Forbidden`]],
      ['the volume is smaller than the type minimum', (s) => { pool(s, 1).volume = { type: 'ssd', sizeGiB: 49 }; }, [`${B} ${w1}.volume.size Invalid`]],
      ['the volume size is zero', (s) => { pool(s, 1).volume = { type: 'standard', sizeGiB: 0 }; }, [`${B} ${w1}.volume.size Invalid`]],
      ['the volume size is fractional', (s) => { pool(s, 1).volume = { sizeGiB: 20.5 }; }, [`${B} ${w1}.volume.size Invalid`]],
      ['the machine type has no disk and there is no volume', (s) => { pool(s, 1).volume = undefined; }, [`${B} ${w1}.volume Required`]],
      // Sizes.
      ['minimum is greater than maximum', (s) => { pool(s).minimum = 7; }, [`${W} ${w0}.minimum Forbidden`]],
      ['maximum is less than the number of zones', (s) => { pool(s).minimum = 1; pool(s).maximum = 2; }, [`${W} ${w0}.maximum Forbidden`]],
      ['minimum is negative', (s) => { pool(s).minimum = -1; }, [`${W} ${w0}.minimum Invalid`]],
      ['maximum is fractional', (s) => { pool(s).maximum = 6.5; }, [`${W} ${w0}.maximum Invalid`]],
      ['maxSurge and maxUnavailable are both 0', (s) => { pool(s).maxSurge = IntOrPercent.count(0); }, [`${W} ${w0}.maxUnavailable Invalid`]],
      ['maxSurge and maxUnavailable are both 0%', (s) => { pool(s).maxSurge = IntOrPercent.percent(0); pool(s).maxUnavailable = IntOrPercent.percent(0); }, [`${W} ${w0}.maxUnavailable Invalid`]],
      ['maxSurge is negative', (s) => { pool(s).maxSurge = IntOrPercent.count(-1); }, [`${W} ${w0}.maxSurge Invalid`]],
      ['maxUnavailable is more than 100%', (s) => { pool(s).maxUnavailable = IntOrPercent.percent(101); }, [`${W} ${w0}.maxUnavailable Invalid`]],
      ['maxSurge is a fractional percentage', (s) => { pool(s).maxSurge = IntOrPercent.percent(12.5); }, [`${W} ${w0}.maxSurge Invalid`]],
      ['maxSurge is a plain number', (s) => { pool(s).maxSurge = 2 as unknown as IntOrPercent; }, [`${W} ${w0}.maxSurge Invalid`]],
      // Node settings.
      ['a node label key is invalid', (s) => { pool(s).labels = { 'role/': 'web' }; }, [`${W} ${w0}.labels[role/] Invalid`]],
      ['a node annotation key is invalid', (s) => { pool(s).annotations = { '': 'x' }; }, [`${W} ${w0}.annotations[] Invalid`]],
      ['a taint key is invalid', (s) => { pool(s).taints = [{ key: 'dedicated!', effect: TaintEffect.NO_SCHEDULE }]; }, [`${W} ${w0}.taints[0].key Invalid`]],
      ['a taint effect is unknown', (s) => { pool(s).taints = [{ key: 'dedicated', effect: 'NoRun' as TaintEffect }]; }, [`${W} ${w0}.taints[0].effect NotSupported`]],
      ['a taint value is invalid', (s) => { pool(s).taints = [{ key: 'dedicated', value: 'a b', effect: TaintEffect.NO_EXECUTE }]; }, [`${W} ${w0}.taints[0].value Invalid`]],
      ['a taint is listed twice for one effect', (s) => {
        pool(s).taints = [{ key: 'gpu', effect: TaintEffect.NO_SCHEDULE }, { key: 'gpu', value: 'x', effect: TaintEffect.NO_SCHEDULE }];
      }, [`${W} ${w0}.taints[1] Duplicate`]],
      ['the CRI is unknown', (s) => { pool(s).cri = 'docker' as CriName; }, [`${W} ${w0}.cri.name NotSupported`, `${W} ${w0}.cri.name NotSupported`]],
      ['the update strategy is unknown', (s) => { pool(s).updateStrategy = 'Recreate' as WorkerUpdateStrategy; }, [`${W} ${w0}.updateStrategy NotSupported`]],
      ['the provisioner is unknown', (s) => { pool(s).provisioner = 'ansible' as Provisioner; }, [`${W} ${w0}.provisioner NotSupported`]],
      ['a terraform pool autoscales', (s) => { pool(s).provisioner = Provisioner.TERRAFORM; }, [`${W} ${w0}.maximum Forbidden`]],
      ['a terraform pool updates in place', (s) => {
        Object.assign(pool(s), { provisioner: Provisioner.TERRAFORM, maximum: 3, updateStrategy: WorkerUpdateStrategy.AUTO_IN_PLACE_UPDATE });
      }, [`${W} ${w0}.updateStrategy Forbidden`]],
      ['vSphere pool settings are given on OpenStack', (s) => { pool(s).vsphere = {}; }, [`${W} ${w0}.providerConfig Forbidden`]],
      // Kubelet version of the pool.
      ['the pool version is malformed', (s) => { pool(s).kubernetesVersion = '1.33'; }, [`${W} ${w0}.kubernetes.version Invalid`]],
      ['the pool version is not offered', (s) => { pool(s).kubernetesVersion = '1.33.1'; }, [`${W} ${w0}.kubernetes.version NotSupported`]],
      ['the pool version is newer than the control plane', (s) => { s.props.kubernetesVersion = '1.32.9'; pool(s).kubernetesVersion = '1.33.5'; }, [`${W} ${w0}.kubernetes.version Forbidden`]],
      ['the pool version has expired', (s) => { pool(s).kubernetesVersion = '1.30.14'; }, [`${W} ${w0}.kubernetes.version Forbidden`]],
      ['the pool is more than 3 minors behind (control plane ≥ 1.28)', (s) => { pool(s).kubernetesVersion = '1.27.16'; }, [`${W} ${w0}.kubernetes.version Forbidden`]],
      ['the pool is more than 2 minors behind (control plane < 1.28)', (s, spec) => {
        profileOf(spec).kubernetesVersions.push({ version: '1.24.17' });
        s.props.kubernetesVersion = '1.27.16';
        pool(s).kubernetesVersion = '1.24.17';
        pool(s).image = { name: 'gardenlinux' };
      }, [`${W} ${w0}.kubernetes.version Forbidden`]],
    ])('%s', (_why, edit, expected) => {
      expect(check(edit).errors).toEqual([...expected].sort());
    });
  });

  describe('accepts', () => {
    test.each<[string, (s: ShootSpec, spec: FleetSpec) => void]>([
      ['an explicit preview version', (s) => { s.props.kubernetesVersion = '1.34.1'; }],
      ['a deprecated version that has not expired', (s) => { s.props.kubernetesVersion = '1.31.13'; }],
      ['a window of exactly 30 minutes', (s) => { s.props.maintenance = { timeWindowBegin: '220000+0000', timeWindowEnd: '223000+0000' }; }],
      ['a window of exactly 6 hours across midnight', (s) => { s.props.maintenance = { timeWindowBegin: '220000+0000', timeWindowEnd: '040000+0000' }; }],
      ['a window in another time zone', (s) => { s.props.maintenance = { timeWindowBegin: '233000-0530', timeWindowEnd: '003000-0530' }; }],
      ['only a window begin (one hour by default)', (s) => { s.props.maintenance = { timeWindowBegin: '030000+0200' }; }],
      ['a hibernation schedule with only an end', (s) => { s.props.backend = ControlPlaneBackend.GARDENER; s.props.hibernation = { schedules: [{ end: '0 7 * * 1-5', location: 'Europe/Berlin' }] }; }],
      ['a pool 3 minors behind a 1.33 control plane', (s, spec) => { profileOf(spec).kubernetesVersions.push({ version: '1.30.1' }); pool(s).kubernetesVersion = '1.30.1'; }],
      ['a pool 2 minors behind a 1.27 control plane', (s, spec) => {
        profileOf(spec).kubernetesVersions.push({ version: '1.25.16' });
        s.props.kubernetesVersion = '1.27.16'; pool(s).kubernetesVersion = '1.25.16'; pool(s).image = { name: 'gardenlinux' };
      }],
      ['a pool with maximum 0 and no minimum', (s) => { pool(s).minimum = 0; pool(s).maximum = 0; }],
      ['maxSurge 0 with maxUnavailable 1', (s) => { pool(s).maxSurge = IntOrPercent.count(0); pool(s).maxUnavailable = IntOrPercent.count(1); }],
      ['100% maxUnavailable', (s) => { pool(s).maxUnavailable = IntOrPercent.percent(100); }],
      ['maxSurge above 100% (a rolling update may double the pool and more)', (s) => { pool(s).maxSurge = IntOrPercent.percent(150); }],
      ['a pod range with exactly enough room', (s) => { s.props.networking = { pods: '100.96.0.0/20' }; pool(s).maximum = 13; }],
      ['a terraform pool with minimum equal to maximum', (s) => { Object.assign(pool(s), { provisioner: Provisioner.TERRAFORM, maximum: 3 }); }],
      ['the same taint key with two effects', (s) => {
        pool(s).taints = [{ key: 'gpu', effect: TaintEffect.NO_SCHEDULE }, { key: 'gpu', effect: TaintEffect.NO_EXECUTE }];
      }],
      ['the infrastructure purpose in the garden project', (s, spec) => {
        spec.projects.push({ id: 'garden', props: {} }); s.project = 'garden'; s.props.purpose = ShootPurpose.INFRASTRUCTURE;
      }],
      ['a DataStore pinned for k0smotron', (s) => { s.props.backend = ControlPlaneBackend.K0SMOTRON; s.dataStore = 'seed-1/pg-1'; }],
      ['a floating pool and load balancer of the region', (s) => { s.props.openstack = { floatingPoolName: 'ext-net', loadBalancerProvider: 'ovn', existingNetworkId: 'net-1', existingRouterId: 'r-1' }; }],
    ])('%s', (_why, edit) => {
      const built = buildFleet((spec) => edit(shootSpec(spec, 'shop/prod'), spec));
      const shoot = Object.values(built.shoots).find((x) => x.name === 'prod')!;
      expect(run(shoot).errors).toEqual([]);
    });
  });

  describe('with what the previous synth recorded', () => {
    const before = (kubernetesVersion: string, workers: InventoryShoot['workers'] = {}): InventoryShoot =>
      ({ seed: 'seed-1', kubernetesVersion, workers });

    test.each<[string, (s: ShootSpec) => void, InventoryShoot, string[]]>([
      ['an expired version stays usable for a shoot already on it', (s) => { s.props.kubernetesVersion = '1.30.14'; }, before('1.30.14'), []],
      ['an expired version cannot be newly chosen by an existing shoot', (s) => { s.props.kubernetesVersion = '1.30.14'; }, before('1.30.1'), [`${S} spec.kubernetes.version Forbidden`]],
      ['a downgrade is forbidden', (s) => { s.props.kubernetesVersion = '1.32.9'; }, before('1.33.5'), [`${S} spec.kubernetes.version Forbidden`]],
      ['a patch downgrade is forbidden', (s) => { s.props.kubernetesVersion = '1.33.4'; }, before('1.33.5'), [`${S} spec.kubernetes.version Forbidden`]],
      ['an upgrade may not skip a minor', (s) => { s.props.kubernetesVersion = '1.33.5'; }, before('1.31.13'), [`${S} spec.kubernetes.version Forbidden`]],
      ['a one-minor upgrade is fine', (s) => { s.props.kubernetesVersion = '1.33.5'; }, before('1.32.9'), []],
      ['a patch upgrade is fine', (s) => { s.props.kubernetesVersion = '1.33.5'; }, before('1.33.4'), []],
      ['a defaulted minor still may not skip', (s) => { s.props.kubernetesVersion = '1.33'; }, before('1.31.13'), [`${S} spec.kubernetes.version Forbidden`]],
      ['an unusable machine type stays usable for a pool already on it', (s) => { pool(s).machineType = 'm0.small'; }, before('1.33.5', { web: { machineType: 'm0.small' } }), []],
      ['an unusable machine type cannot be newly chosen', (s) => { pool(s).machineType = 'm0.small'; }, before('1.33.5', { web: { machineType: 'm1.large' } }), [`${W} ${w0}.machine.type Forbidden`]],
      ['an expired image stays usable for a pool already on it', (s) => { pool(s).image = { name: 'gardenlinux', version: '1443.10.0' }; },
        before('1.33.5', { web: { image: 'gardenlinux@1443.10.0' } }), []],
      ['an expired image cannot be newly chosen', (s) => { pool(s).image = { name: 'gardenlinux', version: '1443.10.0' }; },
        before('1.33.5', { web: { image: 'gardenlinux@1592.9.0' } }), [`${W} ${w0}.machine.image.version Forbidden`]],
      ['an expired pool version stays usable for a pool already on it', (s) => { s.props.kubernetesVersion = '1.32.9'; pool(s).kubernetesVersion = '1.30.14'; },
        before('1.32.9', { web: { kubernetesVersion: '1.30.14' } }), []],
    ])('%s', (_why, edit, previous, expected) => {
      expect(check(edit, previous).errors).toEqual(expected);
    });
  });

  describe('defaults', () => {
    it('picks the newest supported Kubernetes version, never a preview', () => {
      expect(check((s) => { s.props.kubernetesVersion = undefined; }).draft.kubernetesVersion).toBe('1.33.5');
    });

    it('completes a minor version to its newest supported patch', () => {
      expect(check((s) => { s.props.kubernetesVersion = '1.33'; }).draft.kubernetesVersion).toBe('1.33.5');
      // A supported patch wins over a newer deprecated one.
      expect(check((s, spec) => {
        s.props.kubernetesVersion = '1.33';
        profileOf(spec).kubernetesVersions = [{ version: '1.33.6', classification: VersionClassification.DEPRECATED }, { version: '1.33.5' }, { version: '1.33.4' }];
      }).draft.kubernetesVersion).toBe('1.33.5');
    });

    it('never completes a minor to a deprecated patch: with no supported patch it is an error naming the supported versions', () => {
      // Gardener (plugin/pkg/shoot/mutator/admission.go findLatestSupportedVersion) defaults only to supported versions.
      const built = buildFleet((spec) => { shootSpec(spec, 'shop/prod').props.kubernetesVersion = '1.31'; });
      const errs = new ErrorList('fleet/shop/prod');
      resolveShoot(built.shoots['shop/prod'], { now: NOW, defaultBackend: ControlPlaneBackend.KAMAJI, gardenDnsDomain: 'k8s.example.com' }, errs);
      expect(errs.errors.map(formatFieldError)).toEqual([
        'fleet/shop/prod spec.kubernetes.version: NotSupported: CloudProfile openstack offers no supported, unexpired patch version of 1.31 to default to; '
        + 'Gardener never defaults to a preview or deprecated version: name the patch version to use one (got "1.31"; allowed: 1.33.5, 1.33.4, 1.32.9)',
      ]);
      // The deprecated patch stays usable when named.
      expect(check((s) => { s.props.kubernetesVersion = '1.31.13'; }).errors).toEqual([]);
    });

    it('with no version at all, defaults only to a supported one', () => {
      expect(check((s, spec) => {
        s.props.kubernetesVersion = undefined;
        profileOf(spec).kubernetesVersions = [{ version: '1.34.1', classification: VersionClassification.PREVIEW }, { version: '1.33.5', classification: VersionClassification.DEPRECATED }];
      }).errors).toEqual(['fleet/shop/prod spec.kubernetes.version NotSupported']);
    });

    it('picks the newest supported image version for the architecture, never a preview or expired one', () => {
      const { draft, errors } = check((s) => { pool(s).image = undefined; pool(s, 1).image = { name: 'gardenlinux' }; });
      expect(errors).toEqual([]);
      expect(draft.workers.map((w) => w.image)).toEqual([
        { name: 'gardenlinux', version: '1877.3.0' }, { name: 'gardenlinux', version: '1877.3.0' },
      ]);
    });

    it('picks an image offering the machine type architecture', () => {
      const { draft, errors } = check((s) => { pool(s).machineType = 'a1.large'; pool(s).image = undefined; });
      expect(errors).toEqual([]);
      expect(draft.workers[0].architecture).toBe(Architecture.ARM64);
      expect(draft.workers[0].image).toEqual({ name: 'gardenlinux', version: '1877.3.0' });
    });

    it('picks a deprecated image version when the supported one does not fit the kubelet', () => {
      const { draft, errors } = check((s, spec) => {
        profileOf(spec).machineImages[0].versions[0].kubeletVersionConstraint = '>= 1.34';
        pool(s).image = undefined;
      });
      expect(errors).toEqual([]);
      expect(draft.workers[0].image).toEqual({ name: 'gardenlinux', version: '1592.9.0' });
    });

    it('spreads a pool over every zone of the region, one machine per zone', () => {
      const { draft } = check((s) => { pool(s).minimum = undefined; pool(s).maximum = undefined; });
      expect(draft.workers[0]).toMatchObject({ zones: ['eu-1a', 'eu-1b', 'eu-1c'], minimum: 3, maximum: 3 });
    });

    it('derives the DNS domain, credentials, window and update settings', () => {
      const { draft } = check((s) => { s.props.maintenance = undefined; });
      expect(draft.dnsDomain).toBe('prod.shop.k8s.example.com');
      expect(draft.credentialsBinding).toBe('openstack-credentials');
      // Cilium by default where seedbed installs the CNI (the kamaji backend).
      expect(draft.networking).toEqual({ type: NetworkingType.CILIUM, pods: '100.96.0.0/11', services: '100.64.0.0/13', nodes: '10.250.0.0/16' });
      expect(draft.backend).toBe(ControlPlaneBackend.KAMAJI);
      const begin = parseWindowTime(draft.maintenance.timeWindowBegin)!;
      const end = parseWindowTime(draft.maintenance.timeWindowEnd)!;
      expect(begin >= 22 * 60 || begin < 4 * 60).toBe(true);
      expect(((end - begin) % 1440 + 1440) % 1440).toBe(60);
      expect(draft.maintenance.autoUpdateKubernetesVersion).toBe(true);
      // Deterministic: the same shoot always gets the same window.
      expect(check((s) => { s.props.maintenance = undefined; }).draft.maintenance).toEqual(draft.maintenance);
    });

    it('has no DNS domain without a garden domain', () => {
      const built = buildFleet();
      const { draft } = run(built.shoots['shop/prod'], undefined, { gardenDnsDomain: undefined });
      expect(draft.dnsDomain).toBeUndefined();
    });

    it('merges project labels under shoot labels', () => {
      const built = buildFleet((spec) => {
        spec.projects[0].props.labels = { 'cost-center': 'cc-1', tier: 'bronze' };
        shootSpec(spec, 'shop/prod').props.labels = { tier: 'gold' };
      });
      expect(run(built.shoots['shop/prod']).draft.labels).toEqual({ 'cost-center': 'cc-1', tier: 'gold' });
    });

    it('gives each zone its share of minimum, maximum and surge', () => {
      const { draft } = check((s) => {
        Object.assign(pool(s), { minimum: 4, maximum: 8, maxSurge: IntOrPercent.count(2), maxUnavailable: IntOrPercent.percent(25) });
      });
      expect(draft.workers[0].zoneShares).toEqual([
        { zone: 'eu-1a', minimum: 2, maximum: 3, maxSurge: 1, maxUnavailable: '25%' },
        { zone: 'eu-1b', minimum: 1, maximum: 3, maxSurge: 1, maxUnavailable: '25%' },
        { zone: 'eu-1c', minimum: 1, maximum: 2, maxSurge: 0, maxUnavailable: '25%' },
      ]);
    });

    it('still returns a draft when there are errors', () => {
      const { draft, errors } = check((s) => { s.props.region = 'nowhere'; });
      expect(errors.length).toBeGreaterThan(0);
      expect(draft.region).toBe('nowhere');
    });

    it('reports a missing CloudProfile without throwing', () => {
      const built = buildFleet();
      const shoot = new Shoot(built.projects.data, 'orphan', { region: 'eu-1', cloudProfile: undefined as any });
      shoot.addWorkerPool('p', { machineType: 'm1.large', zones: ['eu-1a'] });
      expect(run(shoot).errors).toEqual(['fleet/data/orphan spec.cloudProfile.name Required']);
    });
  });
});

describe('distributeOverZones', () => {
  test.each<[number, number, number[]]>([
    [3, 3, [1, 1, 1]],
    [4, 3, [2, 1, 1]],
    [5, 3, [2, 2, 1]],
    [1, 3, [1, 0, 0]],
    [0, 2, [0, 0]],
    [7, 1, [7]],
  ])('spreads %d over %d zones as %j', (total, zones, shares) => {
    const got = Array.from({ length: zones }, (_, i) => distributeOverZones(i, total, zones));
    expect(got).toEqual(shares);
    expect(got.reduce((a, b) => a + b, 0)).toBe(total);
  });
});

describe('parseWindowTime', () => {
  test.each<[string, number | undefined]>([
    ['220000+0000', 22 * 60],
    ['220000+0100', 21 * 60],
    ['003000+0100', 23 * 60 + 30],
    ['233000-0530', 5 * 60],
    ['000000+0000', 0],
    ['240000+0000', undefined],
    ['226000+0000', undefined],
    ['220000+1500', undefined],
    ['220000+0160', undefined],
    ['220000', undefined],
    ['22:00:00+00:00', undefined],
    ['', undefined],
  ])('%j is %p minutes after midnight UTC', (text, minutes) => {
    expect(parseWindowTime(text)).toBe(minutes);
  });

  it('counts seconds as fractions of a minute', () => {
    expect(parseWindowTime('235959+0000')).toBeCloseTo(23 * 60 + 59 + 59 / 60, 9);
  });
});

describe('parseWindowTime keeps its answer per text', () => {
  test('look-alike window times, asked twice each, get their own minutes', () => {
    const cases: Array<[string, number | undefined]> = [
      ['220000+0100', 21 * 60], ['220000+0000', 22 * 60], ['220000-0100', 23 * 60], ['220030+0000', 22 * 60 + 0.5], ['230000+0000', 23 * 60],
      ['240000+0000', undefined], ['220000+1500', undefined], ['220000+0160', undefined], ['22000+0000', undefined], ['', undefined], ['220000+0100 ', undefined],
    ];
    for (let round = 0; round < 2; round++) {
      for (const [text, minutes] of cases) expect([text, parseWindowTime(text)]).toEqual([text, minutes]);
    }
  });
});
