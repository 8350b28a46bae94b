/**
 * Extension types Gardener accepts, as the provider extensions seedbed renders for register them.
 * The gardener-apiserver admits a Seed's `spec.backup.provider` only when an extension's
 * ControllerRegistration offers that type for BackupBucket/BackupEntry.
 */

/**
 * Backup provider names seedbed accepts on seeds hosting gardener-backend shoots, and the extension
 * type each stands for. gardener-extension-provider-openstack v1.57.0 registers `openstack` for
 * BackupBucket and BackupEntry (example/controller-registration.yaml); `swift` is seedbed's name of
 * the same store. gardener-extension-provider-vsphere v0.33.2 registers no backup type
 * (example/controller-registration.yaml), so a vSphere seed backs up to one of these as well.
 */
export const GARDENER_BACKUP_TYPES: Readonly<Record<string, string>> = Object.freeze({
  openstack: 'openstack',
  swift: 'openstack',
});

/** The extension type of a backup provider name, or undefined when no rendered extension registers it. */
export function gardenerBackupType(provider: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(GARDENER_BACKUP_TYPES, provider) ? GARDENER_BACKUP_TYPES[provider] : undefined;
}

/** One build of a machine image version in OpenStack, as the fleet maps it. */
export interface OpenStackImageBuild {
  readonly name: string;
  readonly version: string;
  readonly image: string;
  readonly imageId?: string;
  readonly region?: string;
  readonly architecture?: string;
}

const AMD64 = 'amd64';
const archOf = (m: OpenStackImageBuild) => m.architecture ?? AMD64;

/**
 * How provider-openstack finds the image of a pool (gardener-extension-provider-openstack v1.57.0:
 * pkg/apis/openstack/helper/helper.go FindImageInCloudProfile). A version entry with only `image` is
 * read as an amd64 build (convertLegacyVersionsToCapabilityFlavors); `regions[]` entries carry an
 * image ID and an architecture (amd64 unless set) per region. seedbed renders a version in the
 * `image` form while none of its builds has an ID, else in the `regions[]` form (without `image`,
 * which provider-openstack would otherwise use for every architecture in regions lacking an entry).
 * Returns what provider-openstack would boot for `architecture` in `region`, or undefined.
 */
export function openStackImageFor(
  mappings: readonly OpenStackImageBuild[], name: string, version: string, architecture: string, region: string,
): { image?: string; id?: string } | undefined {
  const builds = mappings.filter((m) => m.name === name && m.version === version);
  if (builds.some((m) => m.imageId !== undefined)) {
    const withId = builds.filter((m) => m.imageId !== undefined && archOf(m) === architecture);
    const m = withId.find((b) => b.region === region) ?? withId.find((b) => b.region === undefined);
    return m ? { id: m.imageId } : undefined;
  }
  if (architecture !== AMD64) return undefined;
  const m = builds.find((b) => b.region === undefined && archOf(b) === AMD64);
  return m ? { image: m.image } : undefined;
}

/** The `machineImages` of provider-openstack's CloudProfileConfig for `regions`, as {@link openStackImageFor} reads them. */
export function openStackProviderImages(mappings: readonly OpenStackImageBuild[], regions: readonly string[]): Array<Record<string, unknown>> {
  const versions = new Map<string, string[]>();
  for (const m of mappings) {
    const list = versions.get(m.name) ?? [];
    if (!list.includes(m.version)) list.push(m.version);
    versions.set(m.name, list);
  }
  return [...versions].map(([name, list]) => ({
    name,
    versions: list.flatMap((version): Array<Record<string, unknown>> => {
      const builds = mappings.filter((m) => m.name === name && m.version === version);
      if (!builds.some((m) => m.imageId !== undefined)) {
        const found = openStackImageFor(mappings, name, version, AMD64, '');
        return found?.image ? [{ version, image: found.image }] : [];
      }
      const architectures = [...new Set(builds.filter((m) => m.imageId !== undefined).map(archOf))];
      const entries = regions.flatMap((region) => architectures.flatMap((architecture) => {
        const id = openStackImageFor(mappings, name, version, architecture, region)?.id;
        return id ? [{ name: region, id, architecture }] : [];
      }));
      return [{ version, regions: entries }];
    }),
  }));
}

/**
 * The garden namespace: where Gardenlet and ManagedSeed objects live, and the shoots ManagedSeeds
 * register (gardener/gardener v1.149.3: pkg/apis/core/v1beta1/constants GardenNamespace).
 */
export const GARDEN_NAMESPACE = 'garden';
