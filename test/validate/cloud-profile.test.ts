import { CloudProfileProps } from '../../lib/model/cloud-profile';
import { validateCloudProfile } from '../../lib/validate/cloud-profile';
import { ErrorList } from '../../lib/core/problems';
import { Architecture, ProviderType } from '../../lib/core/types';
import { Mutable, openstackProfile, vsphereProfile } from '../fixtures/fleet';

type Props = Mutable<CloudProfileProps>;

function check(edit: (p: Props) => void, base = openstackProfile, name = 'openstack'): string[] {
  const props = base().props;
  edit(props);
  const errs = new ErrorList('fleet/openstack');
  validateCloudProfile(name, props as CloudProfileProps, errs);
  for (const e of errs.errors) expect(e.path).toBe('fleet/openstack');
  return errs.errors.map((e) => `${e.field} ${e.type}`).sort();
}

describe('validateCloudProfile', () => {
  it('accepts the fixture profiles', () => {
    expect(check(() => undefined)).toEqual([]);
    expect(check(() => undefined, vsphereProfile, 'vsphere')).toEqual([]);
  });

  describe('fails when', () => {
    test.each<[string, (p: Props) => void, string[]]>([
      // Type and kind settings.
      ['the type is unknown', (p) => { p.type = 'aws' as ProviderType; }, ['spec.type NotSupported']],
      ['an OpenStack profile has no OpenStack settings', (p) => { delete p.openstack; }, ['spec.providerConfig Required']],
      ['an OpenStack profile has vSphere settings', (p) => { p.vsphere = vsphereProfile().props.vsphere; }, ['spec.providerConfig Forbidden']],
      ['a vSphere profile has OpenStack settings', (p) => { p.type = ProviderType.VSPHERE; p.vsphere = vsphereProfile().props.vsphere as any; }, [
        'spec.providerConfig Forbidden',
        // The vSphere settings of the other fixture name region dc-1 and ubuntu images.
        'spec.providerConfig.machineImages Required', 'spec.providerConfig.machineImages Required', 'spec.providerConfig.machineImages Required',
        'spec.providerConfig.machineImages Required', 'spec.providerConfig.machineImages Required', 'spec.providerConfig.machineImages Required',
        'spec.providerConfig.machineImages[0] NotSupported', 'spec.providerConfig.machineImages[1] NotSupported',
        'spec.providerConfig.regions Required', 'spec.providerConfig.regions Required',
        'spec.providerConfig.regions[0].name NotSupported',
      ]],
      // Kubernetes versions.
      ['no Kubernetes version is offered', (p) => { p.kubernetesVersions = []; }, ['spec.kubernetes.versions Required']],
      ['a Kubernetes version is not MAJOR.MINOR.PATCH', (p) => { p.kubernetesVersions[1].version = '1.33'; }, ['spec.kubernetes.versions[1].version Invalid']],
      ['a Kubernetes version has a v prefix', (p) => { p.kubernetesVersions[1].version = 'v1.33.5'; }, ['spec.kubernetes.versions[1].version Invalid']],
      ['a Kubernetes version is listed twice', (p) => { p.kubernetesVersions[2].version = '1.33.5'; }, ['spec.kubernetes.versions[2].version Duplicate']],
      ['a classification is unknown', (p) => { p.kubernetesVersions[1].classification = 'beta' as any; }, ['spec.kubernetes.versions[1].classification NotSupported']],
      ['an expiration date is malformed', (p) => { p.kubernetesVersions[4].expirationDate = '31.01.2027'; }, ['spec.kubernetes.versions[4].expirationDate Invalid']],
      ['an expiration date does not exist', (p) => { p.kubernetesVersions[4].expirationDate = '2027-02-30'; }, ['spec.kubernetes.versions[4].expirationDate Invalid']],
      // Machine images.
      ['no machine image is offered', (p) => { p.machineImages = []; p.openstack!.machineImages = []; }, ['spec.machineImages Required']],
      ['an image name is not a DNS label', (p) => { p.machineImages[1].name = 'Flatcar'; p.openstack!.machineImages[5].name = 'Flatcar'; }, ['spec.machineImages[1].name Invalid']],
      ['an image is listed twice', (p) => { p.machineImages[1].name = 'gardenlinux'; p.openstack!.machineImages[5].name = 'gardenlinux'; }, ['spec.machineImages[1].name Duplicate']],
      ['an image has no versions', (p) => { p.machineImages[1].versions = []; p.openstack!.machineImages.pop(); }, ['spec.machineImages[1].versions Required']],
      ['an image version is malformed', (p) => { p.machineImages[1].versions[0].version = '4230.x'; p.openstack!.machineImages[5].version = '4230.x'; }, ['spec.machineImages[1].versions[0].version Invalid']],
      ['an image version is listed twice', (p) => { p.machineImages[0].versions[1].version = '1877.3.0'; }, [
        'spec.machineImages[0].versions[1].version Duplicate',
        // The duplicate (amd64) has its mapping; 1592.9.0's own mapping now maps nothing.
        'spec.providerConfig.machineImages[2] NotSupported',
      ]],
      ['an image version names an unknown architecture', (p) => { p.machineImages[1].versions[0].architectures = ['s390x' as Architecture]; }, [
        'spec.machineImages[1].versions[0].architectures[0] NotSupported',
        'spec.providerConfig.machineImages Required', 'spec.providerConfig.machineImages Required',
      ]],
      ['an image version names no architecture', (p) => { p.machineImages[1].versions[0].architectures = []; }, [
        'spec.machineImages[1].versions[0].architectures Required',
        // With no architecture the version has no builds, so its Glance image maps nothing.
        'spec.providerConfig.machineImages[5] NotSupported',
      ]],
      ['an image version names an unknown CRI', (p) => { p.machineImages[1].versions[0].cri = ['docker' as any]; }, ['spec.machineImages[1].versions[0].cri[0].name NotSupported']],
      ['a kubelet version constraint is not a range', (p) => { p.machineImages[1].versions[0].kubeletVersionConstraint = 'at least 1.31'; }, ['spec.machineImages[1].versions[0].kubeletVersionConstraint Invalid']],
      ['an image version expiration date is malformed', (p) => { p.machineImages[0].versions[1].expirationDate = 'never'; }, ['spec.machineImages[0].versions[1].expirationDate Invalid']],
      // Machine types.
      ['no machine type is offered', (p) => { p.machineTypes = []; p.regions[0].zones[2].unavailableMachineTypes = []; }, ['spec.machineTypes Required']],
      ['a machine type has no name', (p) => { p.machineTypes[0].name = ''; }, ['spec.machineTypes[0].name Required']],
      ['a machine type is listed twice', (p) => { p.machineTypes[1].name = 'm1.medium'; }, ['spec.machineTypes[1].name Duplicate']],
      ['a machine type has no CPU', (p) => { p.machineTypes[0].cpu = 0; }, ['spec.machineTypes[0].cpu Invalid']],
      ['a machine type has negative memory', (p) => { p.machineTypes[0].memoryGiB = -4; }, ['spec.machineTypes[0].memory Invalid']],
      ['a machine type has a fractional GPU count', (p) => { p.machineTypes[2].gpu = 0.5; }, ['spec.machineTypes[2].gpu Invalid']],
      ['a machine type names an unknown architecture', (p) => { p.machineTypes[0].architecture = 'riscv64' as Architecture; }, ['spec.machineTypes[0].architecture NotSupported']],
      ['a machine type has a zero disk', (p) => { p.machineTypes[0].storageGiB = 0; }, ['spec.machineTypes[0].storage.size Invalid']],
      // Volume types.
      ['a volume type has no name', (p) => { p.volumeTypes![0].name = ''; }, ['spec.volumeTypes[0].name Required']],
      ['a volume type is listed twice', (p) => { p.volumeTypes![1].name = 'standard'; }, [
        'spec.volumeTypes[1].name Duplicate',
        // eu-1c lists ssd as unavailable, which no longer exists.
        'spec.regions[0].zones[2].unavailableVolumeTypes[0] NotSupported',
      ]],
      ['a volume type has no class', (p) => { p.volumeTypes![0].class = ''; }, ['spec.volumeTypes[0].class Required']],
      ['a volume type minimum size is fractional', (p) => { p.volumeTypes![0].minSizeGiB = 20.5; }, ['spec.volumeTypes[0].minSize Invalid']],
      ['a volume type minimum size is zero', (p) => { p.volumeTypes![0].minSizeGiB = 0; }, ['spec.volumeTypes[0].minSize Invalid']],
      // Regions and zones.
      ['no region is offered', (p) => { p.regions = []; p.openstack!.keystoneUrls = []; p.openstack!.floatingPools = []; p.openstack!.loadBalancerProviders = [{ name: 'amphora' }]; }, ['spec.regions Required']],
      ['a region has no name', (p) => { p.regions[1].name = ''; p.openstack!.keystoneUrls.pop(); p.openstack!.floatingPools.pop(); }, [
        'spec.regions[1].name Required',
        // The nameless region still needs a Keystone URL and a floating pool.
        'spec.providerConfig.constraints.floatingPools Required', 'spec.providerConfig.keystoneURLs Required',
      ]],
      ['a region is listed twice', (p) => { p.regions[1].name = 'eu-1'; p.openstack!.keystoneUrls.pop(); p.openstack!.floatingPools.pop(); }, ['spec.regions[1].name Duplicate']],
      ['a region has no zones', (p) => { p.regions[1].zones = []; }, ['spec.regions[1].zones Required']],
      ['a zone has no name', (p) => { p.regions[1].zones[1].name = ''; }, ['spec.regions[1].zones[1].name Required']],
      ['a zone is listed twice', (p) => { p.regions[1].zones[1].name = 'eu-2a'; }, ['spec.regions[1].zones[1].name Duplicate']],
      ['a zone marks an unknown machine type unavailable', (p) => { p.regions[0].zones[2].unavailableMachineTypes = ['g9.huge']; }, ['spec.regions[0].zones[2].unavailableMachineTypes[0] NotSupported']],
      ['a zone marks an unknown volume type unavailable', (p) => { p.regions[0].zones[2].unavailableVolumeTypes = ['nvme']; }, ['spec.regions[0].zones[2].unavailableVolumeTypes[0] NotSupported']],
      // Limits.
      ['maxNodesTotal is zero', (p) => { p.limits = { maxNodesTotal: 0 }; }, ['spec.limits.maxNodesTotal Invalid']],
      ['maxNodesTotal is fractional', (p) => { p.limits = { maxNodesTotal: 2.5 }; }, ['spec.limits.maxNodesTotal Invalid']],
      // OpenStack settings.
      ['a Keystone URL names an unknown region', (p) => { p.openstack!.keystoneUrls[1].region = 'eu-3'; }, [
        'spec.providerConfig.keystoneURLs Required', 'spec.providerConfig.keystoneURLs[1].region NotSupported',
      ]],
      ['a Keystone URL is not a URL', (p) => { p.openstack!.keystoneUrls[0].url = 'keystone.eu-1.example.com'; }, ['spec.providerConfig.keystoneURLs[0].url Invalid']],
      ['a Keystone URL is not http(s)', (p) => { p.openstack!.keystoneUrls[0].url = 'ftp://keystone.example.com'; }, ['spec.providerConfig.keystoneURLs[0].url Invalid']],
      ['a region has two Keystone URLs', (p) => { p.openstack!.keystoneUrls.push({ region: 'eu-1', url: 'https://other.example.com/v3' }); }, ['spec.providerConfig.keystoneURLs Duplicate']],
      ['a region has no floating pool', (p) => { p.openstack!.floatingPools.pop(); }, ['spec.providerConfig.constraints.floatingPools Required']],
      ['a floating pool has no name', (p) => { p.openstack!.floatingPools[0].name = ''; }, ['spec.providerConfig.constraints.floatingPools[0].name Required']],
      ['a floating pool names an unknown region', (p) => { p.openstack!.floatingPools.push({ name: 'x', region: 'eu-9' }); }, ['spec.providerConfig.constraints.floatingPools[2].region NotSupported']],
      ['a load-balancer provider has no name', (p) => { p.openstack!.loadBalancerProviders![0].name = ''; }, ['spec.providerConfig.constraints.loadBalancerProviders[0].name Required']],
      ['a load-balancer provider names an unknown region', (p) => { p.openstack!.loadBalancerProviders![1].region = 'eu-9'; }, ['spec.providerConfig.constraints.loadBalancerProviders[1].region NotSupported']],
      ['a DNS server is not an IP address', (p) => { p.openstack!.dnsServers = ['dns.example.com', '10.0.0.53']; }, ['spec.providerConfig.dnsServers[0] Invalid']],
      ['a DNS server is a short IPv4 form', (p) => { p.openstack!.dnsServers = ['10.53']; }, ['spec.providerConfig.dnsServers[0] Invalid']],
      ['an image build has no Glance image', (p) => { p.openstack!.machineImages.splice(1, 1); }, ['spec.providerConfig.machineImages Required', 'spec.providerConfig.machineImages Required']],
      ['a regional Glance image leaves the other region without one', (p) => { p.openstack!.machineImages[5].region = 'eu-1'; }, ['spec.providerConfig.machineImages Required']],
      ['a Glance image maps an unknown image version', (p) => { p.openstack!.machineImages.push({ name: 'flatcar', version: '1.0.0', image: 'x' }); }, ['spec.providerConfig.machineImages[6] NotSupported']],
      ['a Glance image names an unknown region', (p) => { p.openstack!.machineImages.push({ name: 'flatcar', version: '4230.2.0', image: 'x', region: 'eu-9' }); }, ['spec.providerConfig.machineImages[6].region NotSupported']],
    ])('%s', (_why, edit, expected) => {
      expect(check(edit)).toEqual([...expected].sort());
    });

    test.each<[string, (p: Props) => void, string[]]>([
      ['a vSphere profile has no vSphere settings', (p) => { delete p.vsphere; }, ['spec.providerConfig Required']],
      ['a placement names an unknown region', (p) => { p.vsphere!.regions[0].name = 'dc-2'; }, ['spec.providerConfig.regions Required', 'spec.providerConfig.regions[0].name NotSupported']],
      ['a region has two placements', (p) => { p.vsphere!.regions.push({ ...p.vsphere!.regions[0] }); }, ['spec.providerConfig.regions Duplicate']],
      ['a placement has no vCenter, datacenter, network or folder', (p) => {
        Object.assign(p.vsphere!.regions[0], { vcenter: '', datacenter: '', network: '', folder: '' });
      }, [
        'spec.providerConfig.regions[0].vcenter Required', 'spec.providerConfig.regions[0].datacenter Required',
        'spec.providerConfig.regions[0].network Required', 'spec.providerConfig.regions[0].folder Required',
      ]],
      ['a placement has neither datastore nor storage policy', (p) => { delete p.vsphere!.regions[0].datastore; }, ['spec.providerConfig.regions[0].datastore Required']],
      ['a zone has no compute cluster', (p) => { p.vsphere!.regions[0].zones[1].computeCluster = ''; }, ['spec.providerConfig.regions[0].zones[1].computeCluster Required']],
      ['a zone has no placement', (p) => { p.vsphere!.regions[0].zones.pop(); }, ['spec.providerConfig.regions[0].zones Required']],
      ['a zone placement names an unknown zone', (p) => { p.vsphere!.regions[0].zones[2].name = 'dc-1d'; }, [
        'spec.providerConfig.regions[0].zones Required', 'spec.providerConfig.regions[0].zones[2].name NotSupported',
      ]],
      ['an image version has no template', (p) => { p.vsphere!.machineImages.pop(); }, ['spec.providerConfig.machineImages Required']],
      ['a template maps an unknown image version', (p) => { p.vsphere!.machineImages.push({ name: 'ubuntu', version: '20.4.0', template: 't' }); }, ['spec.providerConfig.machineImages[2] NotSupported']],
      ['a DNS server is not an IP address', (p) => { p.vsphere!.dnsServers = ['ns1']; }, ['spec.providerConfig.dnsServers[0] Invalid']],
    ])('vSphere: %s', (_why, edit, expected) => {
      expect(check(edit, vsphereProfile, 'vsphere')).toEqual([...expected].sort());
    });

    test.each([['Open-Stack'], ['open_stack'], ['']])('the name is %j', (name) => {
      expect(check(() => undefined, openstackProfile, name)).toEqual(['metadata.name ' + (name ? 'Invalid' : 'Required')]);
    });
  });

  it('accepts a storage policy instead of a datastore', () => {
    expect(check((p) => { delete p.vsphere!.regions[0].datastore; p.vsphere!.regions[0].storagePolicy = 'gold'; }, vsphereProfile, 'vsphere')).toEqual([]);
  });

  it('accepts one floating pool and one Glance image for every region', () => {
    expect(check((p) => { p.openstack!.floatingPools = [{ name: 'ext' }]; })).toEqual([]);
  });

  it('accepts IPv6 DNS servers', () => {
    expect(check((p) => { p.openstack!.dnsServers = ['fd00::53']; })).toEqual([]);
  });

  it('reports every problem of a badly broken profile at once', () => {
    expect(check((p) => {
      p.kubernetesVersions = [];
      p.machineTypes[0].cpu = 0;
      p.regions[1].zones = [];
      p.limits = { maxNodesTotal: -1 };
    })).toEqual([
      'spec.kubernetes.versions Required', 'spec.limits.maxNodesTotal Invalid', 'spec.machineTypes[0].cpu Invalid', 'spec.regions[1].zones Required',
    ]);
  });
});

describe('the vCenter address (issue 17, F4)', () => {
  const vcenter = (value: unknown) => {
    const props = vsphereProfile().props;
    (props.vsphere!.regions[0] as any).vcenter = value;
    (props.vsphere!.regions[0] as any).thumbprint = undefined;
    const errs = new ErrorList('corp/vsphere');
    validateCloudProfile('vsphere', props as CloudProfileProps, errs);
    return [
      ...errs.errors.map((e) => `${e.field} ${e.type} ${e.value}`),
      ...errs.warnings.map((w) => `warning ${w.field} ${w.value}`),
    ];
  };
  const W = 'warning spec.providerConfig.regions[0].thumbprint';
  const F = 'spec.providerConfig.regions[0].vcenter';

  test.each([
    ['vcenter.corp.example'], ['vcenter.corp.example:443'], ['10.0.0.5'], ['10.0.0.5:8443'], ['[2001:db8::5]:443'], ['2001:db8::5'], ['VC1'],
  ])('%s is a host', (value) => expect(vcenter(value)).toEqual([`${W} ${JSON.stringify(value)}`]));

  test.each([
    ['admin:hunter2@vcenter.corp.example', `${F} Forbidden "***@vcenter.corp.example"`],
    ['administrator@vsphere.local@vcenter.corp.example:443', `${F} Forbidden "***@vcenter.corp.example:443"`],
    ['hunter2@10.0.0.5', `${F} Forbidden "***@10.0.0.5"`],
  ])('%s carries credentials: refused, redacted (also in the warning)', (value, error) => {
    const found = vcenter(value);
    expect(found).toEqual([error, expect.stringMatching(/^warning .*"\*\*\*@/)]);
    expect(found.join('\n')).not.toMatch(/hunter2|admin|administrator/);
  });

  test.each([
    ['https://vcenter.corp.example/sdk'], ['vcenter.corp.example:0'], ['vcenter.corp.example:70000'], ['vcenter corp'], ['vcenter.corp.example/'],
    ['-vc.example'], ['${file("/etc/passwd")}'], ['vc.example:443:1'],
  ])('%s is not a host[:port]', (value) => {
    expect(vcenter(value)[0]).toBe(`${F} Invalid ${JSON.stringify(value)}`);
  });
});
