/**
 * The comments on a shoot folder's kustomization files (lib/pipeline/shoot-guide.ts): the order of
 * its steps and where every Secret a stage reads comes from, decided like the convergence check.
 */
import { RenderedTree } from '../../lib/core/manifest';
import { serializeFile } from '../../lib/output/serialize';
import { explainShootFolders } from '../../lib/pipeline/shoot-guide';
import { EXAMPLE_FLEETS, renderExample } from '../support/fleets';

const commentsOf = (tree: RenderedTree, path: string): string[] => {
  const f = tree.get(path);
  if (f?.kind !== 'kustomization') throw new Error(`${path} is not a kustomization`);
  return f.comments ?? [];
};

test('the serializer writes the comments above the document; without them the file is as before', () => {
  expect(serializeFile({ kind: 'kustomization', resources: ['a.yaml'], comments: ['one', '  two', ''] }))
    .toBe('# one\n#   two\n#\napiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - a.yaml\n');
  expect(serializeFile({ kind: 'kustomization', resources: ['a.yaml'] })).toBe('apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - a.yaml\n');
});

describe('a Flux shoot (openstack shop/prod on nord-2)', () => {
  const { tree } = renderExample('openstack');
  const dir = 'seeds/nord-2/shoots/shop--prod';

  test('the shoot folder: order, stack, how addons reach the shoot, the prerequisites', () => {
    expect(commentsOf(tree, `${dir}/kustomization.yaml`)).toEqual([
      'Shoot shop/prod on seed nord-2, namespace shoot--shop--prod.',
      'Applied in this order, each step once the one before is healthy (Flux Kustomizations with dependsOn: flux.yaml):',
      '  infrastructure -> control-plane -> system-components -> workers -> addons',
      'infrastructure/ has tofu-controller run the Terraform stack terraform/nord-2/shop--prod/cdk.tf.json.',
      'addons/ is applied inside the shoot, through prod-admin-kubeconfig (key admin.svc).',
      'prod-admin-kubeconfig: made by Kamaji (KamajiControlPlane prod), in control-plane/.',
      'What the seed must run and hold first: seeds/nord-2/prerequisites.json.',
    ]);
  });

  test('system-components: each Secret with its readers and its producer — a SOPS prerequisite, Kamaji, tofu-controller', () => {
    expect(commentsOf(tree, `${dir}/system-components/kustomization.yaml`)).toEqual([
      'Stage system-components of shoot shop/prod: Flux Kustomization shop--prod-system-components (flux.yaml), after shop--prod-control-plane; healthy when every object it applies is ready.',
      'Secrets its objects read, and where each comes from:',
      '  openstack-shop (read by HelmRelease openstack-cloud-controller-manager): seed prerequisite, committed SOPS-encrypted as secrets/nord-2/shoot--shop--prod/openstack-shop.enc.yaml (seeds/nord-2/prerequisites.json)',
      '  prod-admin-kubeconfig (read by HelmRelease cilium, HelmRelease openstack-cinder-csi, HelmRelease openstack-cloud-controller-manager): made by Kamaji (KamajiControlPlane prod), in control-plane/',
      '  prod-infrastructure (read by HelmRelease openstack-cloud-controller-manager): made by tofu-controller (Terraform infrastructure), in infrastructure/',
    ]);
  });

  test('the first stage waits for the seed\'s decrypted Secrets, and says what healthy means', () => {
    expect(commentsOf(tree, `${dir}/infrastructure/kustomization.yaml`)[0]).toBe(
      'Stage infrastructure of shoot shop/prod: Flux Kustomization shop--prod-infrastructure (flux.yaml), after flux-system/seedbed-secrets; healthy when every object it applies is ready (Terraform: by the expressions in flux.yaml).');
  });

  test('a Secret read before the stage that makes it is marked as not waited for', () => {
    const edge = commentsOf(tree, 'seeds/sued-1/shoots/shop--edge-sued/infrastructure/kustomization.yaml');
    expect(edge).toContain('  edge-sued-worker-join (read by Terraform infrastructure): made by CronJob worker-join (seedbed.io/writes-secret-name), in system-components/; not waited for: read once it exists');
  });
});

test('an Argo CD shoot (vsphere-argocd apps/erp): waves, the credentials step, the cluster Secret the addons go through', () => {
  const { tree } = renderExample('vsphere-argocd');
  const dir = 'seeds/muc-1/shoots/apps--erp';
  expect(commentsOf(tree, `${dir}/kustomization.yaml`).slice(2, 6)).toEqual([
    '  credentials -> infrastructure -> control-plane -> system-components -> workers -> addons',
    'infrastructure/ has tofu-controller run the Terraform stack terraform/muc-1/apps--erp/cdk.tf.json.',
    'addons/ is applied inside the shoot, through Argo CD\'s cluster Secret argocd/cluster-shoot--apps--erp, which ExternalSecret cluster-shoot--apps--erp (argocd.yaml) builds from erp-admin-kubeconfig.',
    'system-components/ installs the CNI inside the shoot as Argo CD Application apps--erp-cilium, through that cluster Secret (cluster-shoot--apps--erp).',
  ]);
  // The stage spans waves: the cloud provider's HelmReleases (2), then the CNI's Application (3).
  expect(commentsOf(tree, `${dir}/system-components/kustomization.yaml`)[0]).toBe('Stage system-components of shoot apps/erp: Argo CD sync waves 2, 3 of the shoot\'s Application.');
  expect(commentsOf(tree, `${dir}/credentials/kustomization.yaml`)).toEqual([
    'Credentials of shoot apps/erp: Argo CD sync wave -1 of the shoot\'s Application.',
    '  Secret vsphere-apps: made by ExternalSecret vsphere-apps from ClusterSecretStore corp-vault (a seed prerequisite: seeds/muc-1/prerequisites.json)',
  ]);
  expect(commentsOf(tree, `${dir}/addons/kustomization.yaml`)[0]).toBe('Stage addons of shoot apps/erp: Argo CD Application apps--erp-addons (argocd.yaml), sync wave 6.');
  expect(commentsOf(tree, `${dir}/infrastructure/kustomization.yaml`)).toEqual([
    'Stage infrastructure of shoot apps/erp: Argo CD sync wave 0 of the shoot\'s Application.',
    'Secrets its objects read, and where each comes from:',
    '  vsphere-apps (read by Terraform infrastructure): made by external-secrets (ExternalSecret vsphere-apps), in credentials/',
  ]);
});

test.each(Object.keys(EXAMPLE_FLEETS))('%s: every shoot folder and stage is explained, and every Secret found a source', (name) => {
  const { tree } = renderExample(name);
  const stageFiles = [...tree.keys()].filter((p) => /^seeds\/[^/]+\/shoots\/[^/]+\/([^/]+\/)?kustomization\.yaml$/.test(p));
  for (const p of stageFiles) {
    const comments = commentsOf(tree, p);
    expect([p, comments.length > 0]).toEqual([p, true]);
    expect(comments.filter((c) => c.includes('not found'))).toEqual([]);
  }
});

test('a Secret nobody makes is called not found, pointing at the prerequisites and the checks', () => {
  const { fleet, tree } = renderExample('openstack');
  const seed = fleet.seeds.find((s) => s.name === 'nord-2')!;
  const part: RenderedTree = new Map([...tree].filter(([p]) => p.startsWith('seeds/nord-2/') && !p.startsWith('seeds/nord-2/shoots/shop--prod/control-plane/')));
  explainShootFolders(fleet, seed, part);
  expect(commentsOf(part, 'seeds/nord-2/shoots/shop--prod/system-components/kustomization.yaml')).toContain(
    '  prod-admin-kubeconfig (read by HelmRelease cilium, HelmRelease openstack-cinder-csi, HelmRelease openstack-cloud-controller-manager): not found (seeds/nord-2/prerequisites.json and the checks say more)');
});
