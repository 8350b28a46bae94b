/**
 * What makes the join Secret of a shoot's static machines (`<shoot>-worker-join`, read by the
 * stack through tofu-controller `varsFrom`; see ./common.ts):
 *
 * * kubeadm control planes (kamaji, cluster-api): a CronJob in the shoot namespace that, with the
 *   shoot's admin kubeconfig, keeps a kubeadm bootstrap token valid in the shoot and writes it with
 *   the CA hash into the join Secret — renewing it well before it expires, so a machine created at
 *   any time joins with a token that is still good. Its ServiceAccount may only write that Secret.
 * * k0smotron: a `JoinTokenRequest`; k0smotron runs `k0s token create --role=worker` in the
 *   control plane pod and writes the token to a Secret of the request's name, key `token`
 *   (k0sproject/k0smotron v2.1.0: internal/controller/k0smotron.io/jointokenrequest_controller.go
 *   `Reconcile`, `generateSecret`).
 *
 * What the control plane must already provide for a bootstrap token to work is kubeadm's: the
 * bootstrap-token RBAC (get nodes, post CSRs, CSR auto-approval), the `cluster-info` ConfigMap in
 * kube-public readable anonymously, and kube-controller-manager's bootstrapsigner (which signs
 * cluster-info for each token; kubeadm's token discovery checks that signature) and tokencleaner
 * (which deletes expired tokens). Kamaji does all of it: clastix/kamaji 26.8.2-edge
 * internal/kubeadm/bootstraptoken.go `BootstrapToken` (AllowBootstrapTokensToGetNodes,
 * AllowBootstrapTokensToPostCSRs, AutoApproveNodeBootstrapTokens, the cluster-info ConfigMap and
 * CreateClusterInfoRBACRules), internal/builders/controlplane/deployment.go (`--controllers`
 * `*,bootstrapsigner,tokencleaner`). A KubeadmControlPlane runs `kubeadm init`, whose
 * bootstrap-token phase does the same.
 *
 * Rotation never replaces a machine: the stack ignores changes of user data (./openstack.ts,
 * ./vsphere.ts `ignoreChanges`), so a new token only reaches machines created after it.
 */
import { LABELS, WRITES_SECRET_ANNOTATION, shootLabels } from '../../core/labels';
import { sha256Hex } from '../../core/hash';
import { Manifest } from '../../core/manifest';
import { ResolvedFleet, ResolvedSeed, ResolvedShoot } from '../../resolve/model';
import { JoinTokenRequest, JoinTokenRequestSpecRole } from '../../imports/k0smotron.io';
import { KubeConfigMap, KubeRole, KubeRoleBinding, KubeServiceAccount } from '../../imports/k8s';
import { CA_CERT_HASH_VARIABLE, JOIN_TOKEN_VARIABLE, joinSecretName } from './common';

/** Name of the CronJob, its ServiceAccount, Role, RoleBinding and script ConfigMap in the shoot namespace. */
export const JOIN_PRODUCER_NAME = 'worker-join';
/**
 * The image the CronJob runs: Node.js on Alpine (the script needs only Node's standard library:
 * https, crypto's X509Certificate). Pinned by tag; no digest is pinned (none could be checked
 * offline) — platform teams mirroring images pin theirs.
 */
export const JOIN_PRODUCER_IMAGE = 'docker.io/library/node:22.12.0-alpine3.20';
/** How long a bootstrap token lives, and how long before its end the CronJob makes the next one. */
export const TOKEN_TTL_HOURS = 24;
export const TOKEN_RENEW_BEFORE_HOURS = 12;
/**
 * The group kubeadm's bootstrap-token RBAC is bound to (kubeadm constants
 * NodeBootstrapTokenAuthGroup, as Kamaji uses it: internal/kubeadm/uploadconfig.go).
 */
export const BOOTSTRAP_TOKEN_GROUP = 'system:bootstrappers:kubeadm:default-node-token';
/** Where the shoot's admin kubeconfig and the script are mounted in the CronJob's pod. */
const KUBECONFIG_DIR = '/var/run/seedbed/shoot';
const SCRIPT_DIR = '/var/run/seedbed/script';
const SCRIPT_KEY = 'join.js';

/**
 * The script the CronJob runs (CommonJS, Node's standard library only). It never prints a token's
 * secret half. A kubeadm token is `<6 of [a-z0-9]>.<16 of [a-z0-9]>`, stored in the shoot as the
 * Secret kube-system/bootstrap-token-<id> of type bootstrap.kubernetes.io/token
 * (k8s.io/cluster-bootstrap token/api); the CA hash is `sha256:` + the SHA-256 of the CA
 * certificate's DER SubjectPublicKeyInfo, as kubeadm's pubkeypin computes it.
 */
export const JOIN_SCRIPT = String.raw`'use strict';
const fs = require('fs');
const https = require('https');
const crypto = require('crypto');

function env(name) {
  const value = process.env[name];
  if (!value) throw new Error(name + ' is not set');
  return value;
}

// The first "key: value" scalar of a kubeconfig as client-go writes it (one scalar per line).
function scalar(text, key) {
  const m = new RegExp('^[ \\t-]*' + key + ':[ \\t]*"?([^"\\s]+)"?[ \\t]*$', 'm').exec(text);
  return m ? m[1] : undefined;
}

function readKubeconfig(text) {
  const server = scalar(text, 'server');
  const ca = scalar(text, 'certificate-authority-data');
  const cert = scalar(text, 'client-certificate-data');
  const key = scalar(text, 'client-key-data');
  const token = scalar(text, 'token');
  if (!server || !ca || !((cert && key) || token)) {
    throw new Error('the shoot kubeconfig needs server, certificate-authority-data and client-certificate-data/client-key-data or token');
  }
  const bytes = (x) => Buffer.from(x, 'base64');
  return { server: server, ca: bytes(ca), cert: cert && bytes(cert), key: key && bytes(key), token: token };
}

// kubeadm's --discovery-token-ca-cert-hash: sha256 over the CA certificate's SubjectPublicKeyInfo (DER).
function caCertHash(caPem) {
  const spki = new crypto.X509Certificate(caPem).publicKey.export({ type: 'spki', format: 'der' });
  return 'sha256:' + crypto.createHash('sha256').update(spki).digest('hex');
}

function randomWord(length) {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[crypto.randomInt(alphabet.length)];
  return out;
}

function request(cluster, method, path, body) {
  const url = new URL(path, cluster.server);
  const headers = { Accept: 'application/json' };
  if (cluster.token) headers.Authorization = 'Bearer ' + cluster.token;
  const payload = body === undefined ? undefined : JSON.stringify(body);
  if (payload !== undefined) headers['Content-Type'] = 'application/json';
  return new Promise((resolve, reject) => {
    const req = https.request({
      method: method, hostname: url.hostname.replace(/^\[|\]$/g, ''), port: url.port || 443, path: url.pathname,
      headers: headers, ca: cluster.ca, cert: cluster.cert, key: cluster.key, timeout: 30000,
    }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { text += chunk; });
      res.on('end', () => {
        let json;
        try { json = text ? JSON.parse(text) : undefined; } catch (e) { json = undefined; }
        resolve({ status: res.statusCode, json: json });
      });
    });
    req.on('timeout', () => req.destroy(new Error(method + ' ' + url.host + url.pathname + ': timed out')));
    req.on('error', reject);
    if (payload !== undefined) req.write(payload);
    req.end();
  });
}

function expect(response, statuses, what) {
  if (!statuses.includes(response.status)) {
    const message = response.json && response.json.message ? response.json.message : '';
    throw new Error(what + ': HTTP ' + response.status + (message ? ' (' + message + ')' : ''));
  }
  return response;
}

const decode = (x) => (x ? Buffer.from(x, 'base64').toString('utf8') : '');

async function main() {
  const namespace = env('JOIN_SECRET_NAMESPACE');
  const name = env('JOIN_SECRET_NAME');
  const ttlHours = Number(env('TOKEN_TTL_HOURS'));
  const renewHours = Number(env('TOKEN_RENEW_BEFORE_HOURS'));
  const labels = JSON.parse(env('JOIN_SECRET_LABELS'));
  const shoot = readKubeconfig(fs.readFileSync(env('SHOOT_KUBECONFIG'), 'utf8'));
  const sa = env('SERVICE_ACCOUNT_DIR');
  const host = env('KUBERNETES_SERVICE_HOST');
  const seed = {
    server: 'https://' + (host.includes(':') ? '[' + host + ']' : host) + ':' + env('KUBERNETES_SERVICE_PORT'),
    ca: fs.readFileSync(sa + '/ca.crt'),
    token: fs.readFileSync(sa + '/token', 'utf8').trim(),
  };
  const hash = caCertHash(shoot.ca);
  const now = Date.now();
  const secretPath = '/api/v1/namespaces/' + namespace + '/secrets/' + name;

  const current = expect(await request(seed, 'GET', secretPath), [200, 404], 'read Secret ' + namespace + '/' + name);
  if (current.status === 200) {
    const data = (current.json && current.json.data) || {};
    const token = decode(data.join_token);
    const match = /^([a-z0-9]{6})\.([a-z0-9]{16})$/.exec(token);
    if (match && decode(data.ca_cert_hash) === hash) {
      const live = expect(await request(shoot, 'GET', '/api/v1/namespaces/kube-system/secrets/bootstrap-token-' + match[1]), [200, 404], 'read bootstrap token ' + match[1] + ' in the shoot');
      const liveData = (live.json && live.json.data) || {};
      const expires = Date.parse(decode(liveData.expiration));
      if (live.status === 200 && decode(liveData['token-secret']) === match[2] && expires - now > renewHours * 3600 * 1000) {
        console.log('bootstrap token ' + match[1] + ' is valid until ' + new Date(expires).toISOString() + '; nothing to do');
        return;
      }
    }
  }

  const id = randomWord(6);
  const secret = randomWord(16);
  const expiration = new Date(now + ttlHours * 3600 * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  expect(await request(shoot, 'POST', '/api/v1/namespaces/kube-system/secrets', {
    apiVersion: 'v1', kind: 'Secret',
    metadata: { name: 'bootstrap-token-' + id, namespace: 'kube-system', labels: { 'app.kubernetes.io/managed-by': 'seedbed' } },
    type: 'bootstrap.kubernetes.io/token',
    stringData: {
      'token-id': id, 'token-secret': secret, expiration: expiration,
      'usage-bootstrap-authentication': 'true', 'usage-bootstrap-signing': 'true',
      'auth-extra-groups': env('BOOTSTRAP_TOKEN_GROUPS'),
      description: 'Joins static workers (seedbed, ' + namespace + '/' + name + ')',
    },
  }), [201], 'create bootstrap token ' + id + ' in the shoot');

  const body = {
    apiVersion: 'v1', kind: 'Secret', type: 'Opaque',
    metadata: { name: name, namespace: namespace, labels: labels },
    stringData: { join_token: id + '.' + secret, ca_cert_hash: hash },
  };
  if (current.status === 200) {
    body.metadata.resourceVersion = current.json.metadata.resourceVersion;
    expect(await request(seed, 'PUT', secretPath, body), [200], 'update Secret ' + namespace + '/' + name);
  } else {
    expect(await request(seed, 'POST', '/api/v1/namespaces/' + namespace + '/secrets', body), [201], 'create Secret ' + namespace + '/' + name);
  }
  console.log('bootstrap token ' + id + ' written to ' + namespace + '/' + name + ', valid until ' + expiration);
}

module.exports = { caCertHash: caCertHash, readKubeconfig: readKubeconfig, main: main };
if (require.main === module) {
  main().catch((e) => {
    console.error(String((e && e.message) || e));
    process.exit(1);
  });
}
`;

/** `<minute>-59/10 * * * *`: every ten minutes, at a minute spread by the shoot so shoots do not all run at once. */
export function joinSchedule(shoot: ResolvedShoot): string {
  const minute = parseInt(sha256Hex(shoot.key).slice(0, 8), 16) % 10;
  return `${minute}-59/10 * * * *`;
}

/**
 * The objects that keep the join Secret of a kubeadm shoot filled: ServiceAccount, Role (write
 * that one Secret), RoleBinding, the script's ConfigMap and the CronJob, which mounts the shoot's
 * admin kubeconfig Secret (`kubeConfigSecret`, named by the backend's controller). Applied once the
 * control plane is up.
 */
export function renderJoinProducer(
  fleet: ResolvedFleet, seed: ResolvedSeed, shoot: ResolvedShoot, kubeConfigSecret: { readonly name: string; readonly key: string },
): Manifest[] {
  const namespace = shoot.technicalId;
  const labels = { ...shootLabels(fleet.name, shoot.project, shoot.name, shoot.purpose), [LABELS.seed]: seed.name };
  const secret = joinSecretName(shoot);
  const metadata = { name: JOIN_PRODUCER_NAME, namespace, labels };
  const serviceAccount = KubeServiceAccount.manifest({ metadata, automountServiceAccountToken: false }) as Manifest;
  const role = KubeRole.manifest({
    metadata,
    rules: [
      // `create` cannot be limited to a name (the name is not known before the object exists).
      { apiGroups: [''], resources: ['secrets'], verbs: ['create'] },
      { apiGroups: [''], resources: ['secrets'], resourceNames: [secret], verbs: ['get', 'update'] },
    ],
  }) as Manifest;
  const binding = KubeRoleBinding.manifest({
    metadata,
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: JOIN_PRODUCER_NAME },
    subjects: [{ kind: 'ServiceAccount', name: JOIN_PRODUCER_NAME, namespace }],
  }) as Manifest;
  const script = KubeConfigMap.manifest({ metadata, data: { [SCRIPT_KEY]: JOIN_SCRIPT } }) as Manifest;
  const saDir = '/var/run/seedbed/serviceaccount';
  const env: Array<{ name: string; value: string }> = [
    { name: 'JOIN_SECRET_NAMESPACE', value: namespace },
    { name: 'JOIN_SECRET_NAME', value: secret },
    { name: 'JOIN_SECRET_LABELS', value: JSON.stringify(labels) },
    { name: 'SHOOT_KUBECONFIG', value: `${KUBECONFIG_DIR}/kubeconfig` },
    { name: 'SERVICE_ACCOUNT_DIR', value: saDir },
    { name: 'TOKEN_TTL_HOURS', value: String(TOKEN_TTL_HOURS) },
    { name: 'TOKEN_RENEW_BEFORE_HOURS', value: String(TOKEN_RENEW_BEFORE_HOURS) },
    { name: 'BOOTSTRAP_TOKEN_GROUPS', value: BOOTSTRAP_TOKEN_GROUP },
  ];
  const cronJob: Manifest = {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: {
      ...metadata,
      annotations: { [WRITES_SECRET_ANNOTATION]: secret },
    },
    spec: {
      schedule: joinSchedule(shoot),
      concurrencyPolicy: 'Forbid',
      startingDeadlineSeconds: 300,
      successfulJobsHistoryLimit: 1,
      failedJobsHistoryLimit: 3,
      jobTemplate: {
        metadata: { labels },
        spec: {
          backoffLimit: 2,
          activeDeadlineSeconds: 300,
          template: {
            metadata: { labels },
            spec: {
              serviceAccountName: JOIN_PRODUCER_NAME,
              // The token is projected only into this container, not into every pod of the account.
              automountServiceAccountToken: false,
              restartPolicy: 'Never',
              securityContext: { runAsNonRoot: true, runAsUser: 1000, runAsGroup: 1000, seccompProfile: { type: 'RuntimeDefault' } },
              containers: [{
                name: 'join',
                image: JOIN_PRODUCER_IMAGE,
                imagePullPolicy: 'IfNotPresent',
                command: ['node', `${SCRIPT_DIR}/${SCRIPT_KEY}`],
                env,
                resources: { requests: { cpu: '10m', memory: '32Mi' }, limits: { memory: '128Mi' } },
                securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
                volumeMounts: [
                  { name: 'shoot-kubeconfig', mountPath: KUBECONFIG_DIR, readOnly: true },
                  { name: 'script', mountPath: SCRIPT_DIR, readOnly: true },
                  { name: 'service-account', mountPath: saDir, readOnly: true },
                ],
              }],
              volumes: [
                { name: 'shoot-kubeconfig', secret: { secretName: kubeConfigSecret.name, items: [{ key: kubeConfigSecret.key, path: 'kubeconfig' }] } },
                { name: 'script', configMap: { name: JOIN_PRODUCER_NAME } },
                {
                  name: 'service-account',
                  projected: {
                    sources: [
                      { serviceAccountToken: { path: 'token', expirationSeconds: 3600 } },
                      { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
                    ],
                  },
                },
              ],
            },
          },
        },
      },
    },
  };
  return [serviceAccount, role, binding, script, cronJob];
}

/**
 * The JoinTokenRequest of a k0smotron shoot with static pools: a worker token that does not expire
 * (k0smotron makes a token once per request; to rotate it, delete the request — k0smotron
 * invalidates the token on deletion — and let GitOps create it again). Named like the join Secret,
 * which k0smotron writes under the request's name.
 */
export function renderJoinTokenRequest(fleet: ResolvedFleet, seed: ResolvedSeed, shoot: ResolvedShoot): Manifest {
  const labels = { ...shootLabels(fleet.name, shoot.project, shoot.name, shoot.purpose), [LABELS.seed]: seed.name };
  return JoinTokenRequest.manifest({
    metadata: { name: joinSecretName(shoot), namespace: shoot.technicalId, labels },
    spec: { clusterName: shoot.name, role: JoinTokenRequestSpecRole.WORKER, expiry: '0s' },
  }) as Manifest;
}

/** The keys of the join Secret of a kubeadm shoot, as the CronJob writes them. */
export const JOIN_SECRET_KEYS = [JOIN_TOKEN_VARIABLE, CA_CERT_HASH_VARIABLE];
