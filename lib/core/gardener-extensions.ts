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
