import { CloudProfile } from '../../lib/model/cloud-profile';
import { FleetValidationError } from '../../lib/core/problems';
import { ControlPlaneBackend, DataStoreDriver, FailureToleranceType, ProviderType } from '../../lib/core/types';
import { Garden, GitOpsEngine, SchedulingStrategy } from '../../lib/model/garden';
import { FleetInventory } from '../../lib/resolve/model';
import { resolveFleet, resolveFleetOrThrow } from '../../lib/resolve/fleet';
import { Project } from '../../lib/model/project';
import { Seed } from '../../lib/model/seed';
import { Shoot } from '../../lib/model/shoot';
import openstackFleet from '../../fleets/openstack';
import vsphereFleet from '../../fleets/vsphere';
import {
  BuiltFleet, FleetSpec, NOW, buildFleet, buildVSphereFleet, inventoryOf, openstackProfile, plainFleet, poolSpec, resolve, seedSpec, shootSpec,
} from '../fixtures/fleet';

const lines = (built: BuiltFleet | Garden, previous?: FleetInventory) =>
  resolve(built, { previous }).errors.map((e) => `${e.path} ${e.field} ${e.type}`);

const check = (edit: (s: FleetSpec) => void, previous?: FleetInventory) => lines(buildFleet(edit), previous);
const checkVSphere = (edit: (s: FleetSpec) => void) => lines(buildVSphereFleet(edit));

const PROD = 'fleet/shop/prod';
const DEV = 'fleet/shop/dev';
const LAKE = 'fleet/data/lake';

describe('resolveFleet', () => {
  describe('the fixture fleets', () => {
    it('resolve the OpenStack fleet with every shoot placed and given a DataStore', () => {
      const { fleet, errors } = resolve(buildFleet());
      expect(errors).toEqual([]);
      expect(fleet!.shoots.map((s) => [s.key, s.seed, s.dataStore])).toEqual([
        ['data--lake', 'seed-1', 'etcd-1'],
        ['shop--dev', 'seed-2', 'etcd-2'],
        ['shop--prod', 'seed-1', 'pg-1'],
      ]);
      expect(fleet!.seeds.map((s) => [s.name, s.shoots, s.dataStores.map((d) => [d.name, d.shoots])])).toEqual([
        ['seed-1', ['data--lake', 'shop--prod'], [['etcd-1', ['data--lake']], ['pg-1', ['shop--prod']]]],
        ['seed-2', ['shop--dev'], [['etcd-2', ['shop--dev']]]],
      ]);
      expect(fleet!.projects.map((p) => [p.name, p.namespace, p.shoots])).toEqual([
        ['data', 'garden-data', ['data--lake']],
        ['shop', 'garden-shop', ['shop--dev', 'shop--prod']],
      ]);
      expect(fleet!.repository).toEqual({ url: 'https://git.example.com/platform/fleet.git', branch: 'main', path: 'dist' });
      expect(fleet!.gitOpsEngine).toBe(GitOpsEngine.FLUX);
    });

    it('resolve the vSphere fleet, spreading shoots over both seeds', () => {
      const { fleet, errors } = resolve(buildVSphereFleet());
      expect(errors).toEqual([]);
      expect(fleet!.shoots.map((s) => [s.key, s.seed, s.dataStore])).toEqual([
        ['apps--erp', 'vs-1', 'pg-vs-1'],
        ['apps--portal', 'vs-2', 'pg-vs-2'],
        ['it--monitoring', 'vs-1', 'pg-vs-1'],
      ]);
    });

    it('applies defaults of the garden', () => {
      const { fleet } = resolve(buildFleet((s) => { s.garden.repository = { url: 'git@git.example.com:platform/fleet.git' }; }));
      // The default repository path is dist/<garden name> (the folder synth writes; lib/layout).
      expect(fleet!.repository).toEqual({ url: 'git@git.example.com:platform/fleet.git', branch: 'main', path: `dist/${fleet!.name}` });
    });
  });

  describe('the example fleets', () => {
    it('fleets/openstack.ts resolves with zero errors at NOW and places every shoot as expected', () => {
      const { fleet, errors } = resolve(openstackFleet());
      expect(errors).toEqual([]);
      expect(fleet!.shoots.map((s) => [s.key, s.seed, s.dataStore])).toEqual([
        ['data--analytics', 'nord-1', 'etcd-nord-1a'],
        ['data--etl', 'sued-1', 'etcd-sued-1a'],
        ['data--lake', 'sued-1', 'etcd-sued-1a'],
        ['platform--ci', 'nord-1', 'postgres-nord-1'],
        ['platform--ops', 'nord-1', 'postgres-nord-1'],
        ['platform--sandbox', 'sued-1', 'etcd-sued-1a'],
        ['shop--edge-sued', 'sued-1', 'etcd-sued-1a'],
        ['shop--prod', 'nord-2', 'etcd-nord-2a'],
        ['shop--staging', 'nord-1', 'etcd-nord-1a'],
      ]);
      // The premium seed hosts only the shoot that selects and tolerates it.
      expect(fleet!.seeds.find((s) => s.name === 'nord-2')!.shoots).toEqual(['shop--prod']);
      // Versions and images as written, or defaulted to the newest supported.
      const versions = Object.fromEntries(fleet!.shoots.map((s) => [s.key, [s.kubernetesVersion, ...s.workers.map((w) => `${w.name}=${w.image.name}@${w.image.version}`)]]));
      expect(versions['platform--sandbox']).toEqual(['1.34.1', 'default=gardenlinux@1877.3.0']);
      expect(versions['data--etl']).toEqual(['1.32.9', 'batch=gardenlinux@1592.9.0']);
      expect(versions['shop--edge-sued']).toEqual(['1.33.5', 'static=flatcar@4230.2.0']);
      expect(versions['platform--ci']).toEqual(['1.33.5', 'runners=gardenlinux@1877.3.0', 'arm=gardenlinux@1877.3.0']);
    });

    it('fleets/vsphere.ts resolves with zero errors at NOW and places every shoot as expected', () => {
      const { fleet, errors } = resolve(vsphereFleet());
      expect(errors).toEqual([]);
      expect(fleet!.shoots.map((s) => [s.key, s.seed, s.dataStore])).toEqual([
        ['apps--erp', 'muc-1', 'postgres-muc-1'],
        ['apps--erp-test', 'muc-2', 'postgres-muc-2'],
        ['apps--portal', 'muc-1', 'postgres-muc-1'],
        ['it--branch', 'muc-2', 'postgres-muc-2'],
        ['it--monitoring', 'muc-1', 'postgres-muc-1'],
        ['it--tools', 'muc-2', 'postgres-muc-2'],
      ]);
    });

    it('the example fleets resolve the same again when fed their own inventory', () => {
      for (const make of [openstackFleet, vsphereFleet]) {
        const first = resolveFleetOrThrow(make(), { now: NOW });
        const again = resolveFleetOrThrow(make(), { now: NOW, previous: inventoryOf(first) });
        expect(again.shoots.map((s) => [s.key, s.seed, s.dataStore])).toEqual(first.shoots.map((s) => [s.key, s.seed, s.dataStore]));
      }
    });

    it('the OpenStack example fails once its deprecated versions have expired, and not for existing shoots', () => {
      const later = new Date('2027-02-01T00:00:00Z');
      const { errors } = resolveFleet(openstackFleet(), { now: later });
      expect(errors.map((e) => `${e.path} ${e.field} ${e.type}`)).toEqual([
        'nordcloud/data/etl/batch spec.provider.workers[0].machine.image.version Forbidden',
      ]);
      const inventory = inventoryOf(resolveFleetOrThrow(openstackFleet(), { now: NOW }));
      expect(resolveFleet(openstackFleet(), { now: later, previous: inventory }).errors).toEqual([]);
    });
  });

  describe('fails when', () => {
    test.each<[string, (s: FleetSpec) => void, string[]]>([
      // Garden settings.
      ['the repository URL is missing', (s) => { s.garden.repository.url = ''; }, ['fleet spec.repository.url Required']],
      ['the repository URL is a local path', (s) => { s.garden.repository.url = '/srv/git/fleet'; }, ['fleet spec.repository.url Invalid']],
      ['the repository URL is ftp', (s) => { s.garden.repository.url = 'ftp://git.example.com/fleet.git'; }, ['fleet spec.repository.url Invalid']],
      ['the branch has a space', (s) => { s.garden.repository.branch = 'my branch'; }, ['fleet spec.repository.branch Invalid']],
      ['the repository secret name is invalid', (s) => { s.garden.repository.secretName = 'Git_Creds'; }, ['fleet spec.repository.secretRef.name Invalid']],
      ['the repository path is absolute', (s) => { s.garden.repository.path = '/dist'; }, ['fleet spec.repository.path Invalid']],
      ['the repository path leaves the repository', (s) => { s.garden.repository.path = 'out/../../x'; }, ['fleet spec.repository.path Invalid']],
      ['the GitOps engine is unknown', (s) => { s.garden.gitOpsEngine = 'jenkins' as GitOpsEngine; }, ['fleet spec.gitOpsEngine NotSupported']],
      ['the default backend is unknown', (s) => { s.garden.defaultBackend = 'vcluster' as ControlPlaneBackend; }, [
        'fleet spec.defaultBackend NotSupported',
        // Every shoot inherits it.
        `${LAKE} spec.controlPlane.backend NotSupported`, `${DEV} spec.controlPlane.backend NotSupported`, `${PROD} spec.controlPlane.backend NotSupported`,
      ]],
      ['the garden DNS domain is invalid', (s) => { s.garden.dnsDomain = 'K8s.Example.com'; }, ['fleet spec.dns.domain Invalid']],
      ['the scheduling strategy is unknown', (s) => { s.garden.scheduling = { strategy: 'Random' as SchedulingStrategy }; }, ['fleet spec.scheduling.strategy NotSupported']],
      ['a region distance is negative', (s) => { s.garden.scheduling = { regionDistances: [{ from: 'eu-1', to: 'eu-2', distance: -1 }] }; }, ['fleet spec.scheduling.regionDistances[0].distance Invalid']],
      ['a region distance has no ends', (s) => { s.garden.scheduling = { regionDistances: [{ from: '', to: '', distance: 1 }] }; }, [
        'fleet spec.scheduling.regionDistances[0].from Required', 'fleet spec.scheduling.regionDistances[0].to Required',
      ]],
      // Duplicates of every kind.
      ['two CloudProfiles share a name', (s) => { s.profiles.push({ ...openstackProfile(), id: 'openstack-2' }); s.profiles[1].props.name = 'openstack'; }, [
        'fleet/openstack-2 metadata.name Duplicate',
      ]],
      ['two projects share a name', (s) => { s.projects[1].props.name = 'shop'; }, [
        'fleet/data metadata.name Duplicate',
        // shop/lake does not clash with shop/dev or shop/prod; it only moves.
      ]],
      ['two seeds share a name', (s) => { s.seeds[1].props.name = 'seed-1'; }, ['fleet/seed-2 metadata.name Duplicate']],
      ['two seeds share an ingress domain', (s) => { s.seeds[1].props.ingressDomain = 'seed-1.seeds.example.com'; }, ['fleet/seed-2 spec.ingress.domain Duplicate']],
      ['two shoots of a project share a name', (s) => { shootSpec(s, 'shop/dev').props.name = 'prod'; }, [
        // The one constructed later is reported; their default DNS domains clash as well.
        `${DEV} metadata.name Duplicate`, `${DEV} spec.dns.domain Duplicate`,
      ]],
      ['two shoots share a DNS domain', (s) => { shootSpec(s, 'shop/dev').props.dnsDomain = 'prod.shop.k8s.example.com'; }, [`${PROD} spec.dns.domain Duplicate`]],
      ['two pools of a shoot share a name', (s) => { poolSpec(s, 'shop/prod/batch').props.name = 'web'; }, [`${PROD}/batch spec.provider.workers[1].name Duplicate`]],
      ['two DataStores of a seed share a name', (s) => { seedSpec(s, 'seed-1').dataStores[1].props.name = 'etcd-1'; }, ['fleet/seed-1/pg-1 spec.dataStores[1].name Duplicate']],
      // Projects.
      ['a project name is longer than 10 characters', (s) => { s.projects[1].props.name = 'datalake-eu'; }, ['fleet/data metadata.name TooLong']],
      ['a project name contains --', (s) => { s.projects[1].props.name = 'da--ta'; }, ['fleet/data metadata.name Invalid']],
      ['a project label is invalid', (s) => { s.projects[0].props.labels = { 'cost center': 'x' }; }, ['fleet/shop metadata.labels[cost center] Invalid']],
      // Networks against the seed.
      ['a shoot node range overlaps the seed node range', (s) => { shootSpec(s, 'data/lake').props.networking = { nodes: '172.16.8.0/21' }; }, [`${LAKE} spec.networking.nodes Invalid`]],
      ['a shoot pod range overlaps the seed pod and service ranges', (s) => { shootSpec(s, 'shop/dev').props.networking = { pods: '172.16.0.0/12' }; }, [
        `${DEV} spec.networking.pods Invalid`, `${DEV} spec.networking.pods Invalid`, `${DEV} spec.networking.pods Invalid`,
      ]],
      ['a shoot service range overlaps the seed service range', (s) => { shootSpec(s, 'shop/dev').props.networking = { services: '172.24.0.0/20' }; }, [`${DEV} spec.networking.services Invalid`]],
      // Shared infrastructure networks.
      ['two OpenStack shoots on one existing network have overlapping node ranges', (s) => {
        shootSpec(s, 'shop/prod').props.openstack = { existingNetworkId: 'net-1' };
        shootSpec(s, 'data/lake').props.openstack = { existingNetworkId: 'net-1' };
        shootSpec(s, 'data/lake').props.networking = { nodes: '10.250.128.0/17' };
      }, [`${PROD} spec.networking.nodes Invalid`]],
      // Scheduling.
      ['no seed serves the region', (s) => { s.seeds.pop(); }, [`${DEV} spec.seedName Invalid`]],
      ['the only seed of the region is invisible', (s) => { s.seeds[1].props.visible = false; }, [`${DEV} spec.seedName Invalid`]],
      ['the selector matches no seed', (s) => { shootSpec(s, 'shop/dev').props.seedSelector = { matchLabels: { tier: 'premium' } }; }, [`${DEV} spec.seedName Invalid`]],
      ['the selector names an unknown provider type', (s) => { shootSpec(s, 'shop/dev').props.seedSelector = { providerTypes: ['aws' as ProviderType] }; }, [
        `${DEV} spec.seedSelector.providerTypes[0] NotSupported`, `${DEV} spec.seedName Invalid`,
      ]],
      ['the seed is tainted and the shoot does not tolerate it', (s) => { s.seeds[1].props.taints = [{ key: 'dedicated' }]; }, [`${DEV} spec.seedName Invalid`]],
      ['a zone-tolerant shoot finds no seed with 3 zones', (s) => { s.seeds[0].props.zones = ['eu-1a', 'eu-1b']; }, [`${PROD} spec.seedName Invalid`]],
      ['the region seed is full', (s) => { s.seeds[0].props.capacity = 1; }, [`${PROD} spec.seedName Invalid`]],
      ['a pinned seed is of another provider', (s) => {
        s.profiles.push({ ...openstackProfile(), id: 'other' });
        s.seeds.push({ id: 'vs', cloudProfile: null, props: { ...s.seeds[1].props, provider: ProviderType.VSPHERE, ingressDomain: 'vs.example.com' }, dataStores: [] });
        shootSpec(s, 'shop/dev').seed = 'vs';
      }, [`${DEV} spec.seedName Forbidden`, `${DEV} spec.dataStore Required`]],
      ['a pinned seed has a taint the shoot does not tolerate', (s) => { s.seeds[1].props.taints = [{ key: 'dedicated' }]; shootSpec(s, 'shop/dev').seed = 'seed-2'; }, [
        `${DEV} spec.seedName Forbidden`,
      ]],
      ['a zone-tolerant shoot is pinned to a seed with 2 zones', (s) => { shootSpec(s, 'shop/dev').props.failureTolerance = FailureToleranceType.ZONE; shootSpec(s, 'shop/dev').seed = 'seed-2'; }, [
        `${DEV} spec.seedName Forbidden`,
      ]],
      ['pinned shoots exceed the seed capacity', (s) => {
        s.seeds[0].props.capacity = 1;
        shootSpec(s, 'shop/prod').seed = 'seed-1';
        shootSpec(s, 'data/lake').seed = 'seed-1';
      }, ['fleet/seed-1 spec.settings.capacity.shoots TooMany']],
      // DataStores.
      ['the pinned DataStore belongs to another seed', (s) => { shootSpec(s, 'shop/dev').dataStore = 'seed-1/etcd-1'; }, [`${DEV} spec.dataStore Forbidden`]],
      ['the seed offers no DataStore', (s) => { s.seeds[1].dataStores = []; }, [`${DEV} spec.dataStore Required`]],
      ['every DataStore of the seed is full', (s) => { s.seeds[0].dataStores[0].props.capacity = 1; s.seeds[0].dataStores[1].props.capacity = 1; shootSpec(s, 'shop/dev').props.region = 'eu-1'; poolSpec(s, 'shop/dev/default').props.zones = ['eu-1a']; }, [
        `${PROD} spec.dataStore TooMany`,
      ]],
      ['pinned shoots exceed a DataStore capacity', (s) => {
        s.seeds[0].dataStores[0].props.capacity = 1;
        shootSpec(s, 'shop/prod').dataStore = 'seed-1/etcd-1';
        shootSpec(s, 'data/lake').dataStore = 'seed-1/etcd-1';
      }, ['fleet/seed-1/etcd-1 capacity TooMany']],
      // Limits across pools.
      ['the pools of a shoot together exceed maxNodesTotal', (s) => { s.profiles[0].props.limits = { maxNodesTotal: 3 }; }, [
        `${PROD} spec.provider.workers Forbidden`, `${PROD}/web spec.provider.workers[0].maximum Forbidden`, `${LAKE}/storage spec.provider.workers[0].maximum Forbidden`,
      ]],
    ])('%s', (_why, edit, expected) => {
      expect(check(edit)).toEqual([...expected].sort());
    });

    it('the garden name is not a DNS label', () => {
      expect(check((s) => { s.id = 'My_Fleet'; })).toEqual(['My_Fleet metadata.name Invalid']);
    });

    it('vSphere shoots on the shared port group have overlapping node ranges', () => {
      expect(checkVSphere((s) => { shootSpec(s, 'apps/portal').props.networking!.nodes = '10.60.0.0/21'; })).toEqual([
        'corp/apps/portal spec.networking.nodes Invalid',
        'corp/it/monitoring spec.networking.nodes Invalid',
      ]);
    });

    it('a vSphere shoot with its own distributed port group shares no network, so its node range may repeat', () => {
      expect(checkVSphere((s) => {
        const portal = shootSpec(s, 'apps/portal').props as any;
        portal.networking.nodes = '10.60.0.0/21';
        portal.vsphere = { distributedPortGroup: { switchName: 'dvs-k8s', vlanId: 120 } };
      })).toEqual([]);
    });

    it('garden Terraform settings are validated with the rest of the fleet', () => {
      expect(check((s) => { (s.garden as any).terraform = { stateBackend: 's3', s3: { bucket: 'Not_A_Bucket' }, interval: 'soon' }; })).toEqual([
        'fleet spec.terraform.interval Invalid',
        'fleet spec.terraform.s3.bucket Invalid',
      ]);
    });

    it('vSphere shoots on the default node range all clash on the shared port group', () => {
      expect(checkVSphere((s) => { for (const shoot of s.shoots) delete shoot.props.networking!.nodes; })).toEqual([
        'corp/apps/portal spec.networking.nodes Invalid',
        'corp/it/monitoring spec.networking.nodes Invalid',
        'corp/it/monitoring spec.networking.nodes Invalid',
      ]);
    });

    it('the CloudProfile of a shoot or seed belongs to another garden', () => {
      const built = buildFleet();
      const other = buildFleet((s) => { s.id = 'other'; });
      const project = built.projects.data;
      const shoot = new Shoot(project, 'alien', { cloudProfile: other.profile, region: 'eu-1', seed: other.seeds['seed-1'], kubernetesVersion: '1.33.5' });
      shoot.addWorkerPool('p', { machineType: 'm1.large', zones: ['eu-1a'] });
      new Seed(built.garden, 'seed-3', { ...built.seeds['seed-2'].props, cloudProfile: other.profile, ingressDomain: 'seed-3.example.com' });
      expect(lines(built)).toEqual([
        'fleet/data/alien spec.cloudProfile.name Invalid',
        'fleet/data/alien spec.seedName Invalid',
        'fleet/seed-3 spec.cloudProfile Invalid',
      ]);
    });
  });

  describe('DataStore assignment', () => {
    it('fills DataStores by their share in use, ties by name', () => {
      const built = buildFleet((s) => {
        s.seeds[0].dataStores[0].props.capacity = 2;
        s.seeds[0].dataStores[1].props.capacity = 4;
        for (const name of ['a', 'b', 'c', 'd']) {
          s.shoots.push({ project: 'data', id: name, props: { region: 'eu-1', kubernetesVersion: '1.33.5' }, pools: [{ id: 'p', props: { machineType: 'm1.medium', zones: ['eu-1a'] } }] });
        }
      });
      const { fleet, errors } = resolve(built);
      expect(errors).toEqual([]);
      const seed = fleet!.seeds.find((x) => x.name === 'seed-1')!;
      expect(seed.dataStores.map((d) => [d.name, d.shoots])).toEqual([
        // a: tie at 0 → etcd-1; b, c: pg-1 is emptier; d: tie at 1/2 → etcd-1; lake, prod: etcd-1 is full.
        ['etcd-1', ['data--a', 'data--d']],
        ['pg-1', ['data--b', 'data--c', 'data--lake', 'shop--prod']],
      ]);
      expect(seed.shoots).toHaveLength(6);
    });

    it('reports the shoot that finds every DataStore full', () => {
      const built = buildFleet((s) => {
        s.seeds[1].dataStores[0].props.capacity = 1;
        s.shoots.push({ project: 'data', id: 'dev', props: { region: 'eu-2', kubernetesVersion: '1.33.5' }, pools: [{ id: 'p', props: { machineType: 'm1.medium', zones: ['eu-2a'] } }] });
      });
      expect(lines(built)).toEqual(['fleet/shop/dev spec.dataStore TooMany']);
    });

    it('uses no DataStore for shoots of other backends, and a pinned one for k0smotron', () => {
      const { fleet, errors } = resolve(buildFleet((s) => {
        shootSpec(s, 'shop/prod').props.backend = ControlPlaneBackend.GARDENER;
        shootSpec(s, 'data/lake').props.backend = ControlPlaneBackend.K0SMOTRON;
        shootSpec(s, 'shop/dev').props.backend = ControlPlaneBackend.K0SMOTRON;
        shootSpec(s, 'shop/dev').dataStore = 'seed-2/etcd-2';
      }));
      expect(errors).toEqual([]);
      expect(fleet!.shoots.map((s) => [s.key, s.dataStore])).toEqual([['data--lake', undefined], ['shop--dev', 'etcd-2'], ['shop--prod', undefined]]);
    });

    it('keeps the DataStore a shoot had, even when another has more room now', () => {
      const first = resolveFleetOrThrow(buildFleet().garden, { now: NOW });
      const previous = inventoryOf(first);
      const { fleet } = resolve(buildFleet((s) => {
        s.seeds[0].dataStores.push({ id: 'etcd-new', props: { ...s.seeds[0].dataStores[0].props, capacity: 100 } });
      }), { previous });
      expect(fleet!.shoots.map((s) => [s.key, s.dataStore])).toEqual([['data--lake', 'etcd-1'], ['shop--dev', 'etcd-2'], ['shop--prod', 'pg-1']]);
    });

    it('forbids changing the driver of an existing shoot by pinning another DataStore', () => {
      const previous = inventoryOf(resolveFleetOrThrow(buildFleet().garden, { now: NOW }));
      expect(check((s) => { shootSpec(s, 'shop/prod').dataStore = 'seed-1/etcd-1'; }, previous)).toEqual([`${PROD} spec.dataStore Forbidden`]);
    });

    it('forbids changing the driver of an existing shoot when its driver is no longer offered', () => {
      const previous = inventoryOf(resolveFleetOrThrow(buildFleet().garden, { now: NOW }));
      expect(check((s) => { s.seeds[0].dataStores.pop(); }, previous)).toEqual([`${PROD} spec.dataStore Forbidden`]);
    });

    it('moves an existing shoot to another DataStore of the same driver when its own is gone', () => {
      const previous = inventoryOf(resolveFleetOrThrow(buildFleet().garden, { now: NOW }));
      const { fleet, errors } = resolve(buildFleet((s) => {
        s.seeds[0].dataStores[1] = { id: 'pg-2', props: { ...s.seeds[0].dataStores[1].props } };
      }), { previous });
      expect(errors).toEqual([]);
      expect(fleet!.shoots.find((x) => x.key === 'shop--prod')!.dataStore).toBe('pg-2');
    });
  });

  describe('placements', () => {
    it('keeps every placement when a shoot is added', () => {
      const before = resolveFleetOrThrow(buildFleet().garden, { now: NOW });
      const previous = inventoryOf(before);
      const { fleet, errors } = resolve(buildFleet((s) => {
        s.seeds.push({ ...seedSpec(s, 'seed-1'), id: 'seed-0', props: { ...seedSpec(s, 'seed-1').props, ingressDomain: 'seed-0.example.com' }, dataStores: [{ id: 'etcd-0', props: { ...seedSpec(s, 'seed-1').dataStores[0].props } }] });
        s.shoots.push({ project: 'data', id: 'aaa', props: { region: 'eu-1', kubernetesVersion: '1.33.5', networking: { nodes: '10.9.0.0/16' } }, pools: [{ id: 'p', props: { machineType: 'm1.medium', zones: ['eu-1a'] } }] });
      }), { previous });
      expect(errors).toEqual([]);
      const placements = Object.fromEntries(fleet!.shoots.map((s) => [s.key, [s.seed, s.dataStore]]));
      for (const s of before.shoots) expect(placements[s.key]).toEqual([s.seed, s.dataStore]);
      // The new shoot goes to the empty new seed.
      expect(placements['data--aaa']).toEqual(['seed-0', 'etcd-0']);
    });

    it('is deterministic: the same input gives deep-equal output', () => {
      const a = resolve(buildFleet());
      const b = resolve(buildFleet());
      expect(plainFleet(b.fleet)).toEqual(plainFleet(a.fleet));
      expect(plainFleet(a.fleet)).toBeDefined();
    });
  });

  describe('aggregation', () => {
    it('reports several independent problems at once, sorted', () => {
      const errors = resolve(buildFleet((s) => {
        s.garden.repository.url = 'nope';
        poolSpec(s, 'shop/prod/web').props.minimum = 9;
        shootSpec(s, 'shop/dev').props.kubernetesVersion = '1.30.14';
        s.seeds[1].props.networks.pods = '172.20.0.1/16';
      })).errors;
      expect(errors.map((e) => `${e.path} ${e.field} ${e.type}`)).toEqual([
        'fleet spec.repository.url Invalid',
        'fleet/seed-2 spec.networks.pods Invalid',
        'fleet/shop/dev spec.kubernetes.version Forbidden',
        'fleet/shop/prod/web spec.provider.workers[0].minimum Forbidden',
      ]);
      expect(resolve(buildFleet()).fleet).toBeDefined();
    });

    it('returns no fleet when there are errors', () => {
      const result = resolve(buildFleet((s) => { s.garden.repository.url = ''; }));
      expect(result.fleet).toBeUndefined();
    });

    it('throws a FleetValidationError listing every problem from resolveFleetOrThrow', () => {
      const built = buildFleet((s) => { s.garden.repository.url = ''; poolSpec(s, 'shop/prod/web').props.machineType = 'nope'; });
      let thrown: unknown;
      try {
        resolveFleetOrThrow(built.garden, { now: NOW });
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(FleetValidationError);
      const message = (thrown as Error).message;
      expect(message.split('\n')).toEqual([
        'the fleet definition has 2 problems:',
        '  - fleet spec.repository.url: Required: must be set',
        expect.stringMatching(/^ {2}- fleet\/shop\/prod\/web spec\.provider\.workers\[0\]\.machine\.type: NotSupported: not supported \(got "nope"; allowed: m1\.medium, m1\.large, g1\.xlarge, a1\.large, v1\.large\)$/),
      ]);
    });

    it('defaults now to the current date', () => {
      // The fixture has no version expiring before 2027; without `now` today is used and nothing throws.
      expect(() => resolveFleet(buildFleet().garden)).not.toThrow();
    });
  });

  describe('constructs', () => {
    it('finds CloudProfiles, projects, seeds and shoots in construction order', () => {
      const built = buildFleet();
      expect(built.garden.cloudProfiles.map((c) => c.name)).toEqual(['openstack']);
      expect(built.garden.projects.map((p) => p.name)).toEqual(['shop', 'data']);
      expect(built.garden.seeds.map((s) => s.name)).toEqual(['seed-1', 'seed-2']);
      expect(built.garden.shoots.map((s) => s.key)).toEqual(['shop--prod', 'shop--dev', 'data--lake']);
      expect(built.seeds['seed-1'].dataStores.map((d) => d.name)).toEqual(['etcd-1', 'pg-1']);
      expect(CloudProfile.isCloudProfile(built.profile)).toBe(true);
      expect(Project.isProject(built.projects.shop)).toBe(true);
      expect(built.shoots['shop/prod'].technicalId).toBe('shoot--shop--prod');
    });

    it('throws for a shoot outside a project (API misuse)', () => {
      const built = buildFleet();
      expect(() => new Shoot(built.garden as unknown as Project, 'x', { cloudProfile: built.profile, region: 'eu-1' })).toThrow(/scope of a Project/);
    });

    it('uses the DataStore driver enum values Kamaji knows', () => {
      expect(Object.values(DataStoreDriver)).toEqual(['etcd', 'PostgreSQL', 'MySQL', 'NATS']);
    });
  });
});
