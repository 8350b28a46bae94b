/**
 * The schemas of a folder holding the upstream sources in `crds/` (the `--schemas` folder, and
 * what scripts/build-schema-catalog.ts reads), looked up in this order:
 *
 * 1. Kubernetes built-ins — `crds/kubernetes/<release>/*_openapi.json` (OpenAPI v3);
 * 2. Gardener's aggregated API — `crds/gardener/core/strict/*.json` (generated JSON Schemas);
 * 3. every CRD under `crds/` (YAML, possibly multi-document, read with the `yaml` package);
 * 4. aggregated API servers' Swagger 2.0 documents ({@link AGGREGATED_APIS}), for kinds no CRD
 *    defines (Karmada's `cluster.karmada.io` Cluster).
 *
 * Lazy: a file is read when a kind it holds is first asked for; the CRD index comes from a text
 * scan (./sources), not a parse.
 */
import * as fs from 'fs';
import * as path from 'path';
import { compareStrings as cmp } from '../core/order';
import { OBJECT_META, SchemaOrigin } from './kind-schema';
import { SchemaNode } from './schema-walk';
import { parseSchemaSet } from '../core/stack';
import {
  CrdIndexEntry, GardenerKindEntry, K8sOpenApi, definitionsClosure, gvkKey, k8sFileGroupVersion,
  listFiles, readCrds, readGardenerIndex, readK8sOpenApi, readSwagger, scanCrdIndex,
} from './sources';

/** The Kubernetes release whose OpenAPI documents describe the built-in kinds. */
export const KUBERNETES_RELEASE = 'release-1.33';

/**
 * Swagger 2.0 documents of aggregated API servers under crds/, with the API groups each one is
 * consulted for (everything else in them is also defined by CRDs, which take precedence).
 */
const AGGREGATED_APIS: ReadonlyArray<{ file: string; groups: readonly string[] }> = [
  { file: path.join('karmada', 'openapi', 'swagger.json'), groups: ['cluster.karmada.io'] },
];

/** Folders under crds/ that hold no CRDs (JSON documents read by other means). */
const NON_CRD_DIRS = ['kubernetes', path.join('gardener', 'core')];

/** Gardener kinds that are cluster-scoped; every other Gardener kind lives in a namespace. */
const GARDENER_CLUSTER_SCOPED = new Set([
  'BackupBucket', 'CloudProfile', 'ControllerDeployment', 'ControllerInstallation', 'ControllerRegistration',
  'ExposureClass', 'Project', 'Seed',
]);

/**
 * The schema of a kind as its source holds it, before the registry adapts it (Gardener's
 * relaxed `required` lists, a CRD's metadata and ObjectMeta definitions).
 */
export interface RawKind {
  readonly origin: SchemaOrigin;
  /** The file the schema was read from, relative to the shared folder. */
  readonly source: string;
  readonly namespaced?: boolean;
  /** The root schema; for a CRD the version's `openAPIV3Schema`, undefined when it has none. */
  readonly root?: SchemaNode;
  /** Definitions the root refers to (none for a CRD: the registry adds ObjectMeta's). */
  readonly definitions?: { [name: string]: SchemaNode };
}

/** Where the registry finds the schemas of kinds: a folder of upstream sources, or a catalog (./catalog). */
export interface SchemaSource {
  /** The schema of an apiVersion/kind, or undefined when none is known. */
  kind(apiVersion: string, kind: string): RawKind | undefined;
  /** Whether any schema is known for an apiVersion (to tell an unknown kind from an unknown apiVersion). */
  knownApiVersion(apiVersion: string): boolean;
  /** ObjectMeta and what it refers to, the definitions every CRD's metadata is checked with. */
  objectMeta(): { [name: string]: SchemaNode };
}

export function splitApiVersion(apiVersion: string): { group: string; version: string } {
  const slash = apiVersion.lastIndexOf('/');
  return slash < 0 ? { group: '', version: apiVersion } : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}

/** The schemas of a folder holding `crds/`. */
export class FolderSource implements SchemaSource {
  private readonly crdsDir: string;
  private readonly openApiDocs = new Map<string, K8sOpenApi>();
  private readonly crdDocs = new Map<string, any[]>();
  private k8sFiles?: Map<string, string>;
  private crdIndex?: CrdIndexEntry[];
  private gardenerIndex?: GardenerKindEntry[];
  private objectMetaDefs?: { [name: string]: SchemaNode };

  /** Component folders of `crds/` replaced by a version folder of `crds-versions/`: folder → version. */
  private readonly replaced: Map<string, string>;

  /**
   * @param sharedDir - the folder holding `crds/` (and `crds-versions/`)
   * @param schemaSet - the schema set (lib/core/stack.ts `schemaSetOf`): for each `<component>@<version>`
   *   in it, the CRDs of `crds-versions/<component>/<version>/` are read instead of those of
   *   `crds/<component>/` — one version's files, never both. `''`: the default files.
   */
  constructor(private readonly sharedDir: string, schemaSet = '') {
    this.crdsDir = path.join(sharedDir, 'crds');
    this.replaced = parseSchemaSet(schemaSet);
    for (const [component, version] of this.replaced) {
      const dir = this.versionDir(component, version);
      if (!fs.existsSync(dir)) {
        throw new Error(`no schemas of ${component} ${version}: ${dir} does not exist (schema set ${JSON.stringify(schemaSet)}; see crds-versions/SOURCES.md)`);
      }
    }
  }

  private versionDir(component: string, version: string): string {
    return path.join(this.sharedDir, 'crds-versions', component, version);
  }

  public kind(apiVersion: string, kind: string): RawKind | undefined {
    return this.findBuiltin(apiVersion, kind) ?? this.findGardener(apiVersion, kind) ?? this.findCrd(apiVersion, kind)
      ?? this.findAggregated(apiVersion, kind);
  }

  public knownApiVersion(apiVersion: string): boolean {
    const { group, version } = splitApiVersion(apiVersion);
    if (this.builtinFiles().has(apiVersion)) return true;
    if (this.gardener().some((g) => g.group === group && g.version === version)) return true;
    if (this.crds().some((c) => c.group === group && this.crdVersions(c).includes(version))) return true;
    const file = this.aggregatedFile(group);
    return file !== undefined && [...this.openApiDoc(file, readSwagger).kinds.keys()].some((k) => k.startsWith(`${group}/${version}/`));
  }

  /** ObjectMeta and what it refers to, from the smallest Kubernetes OpenAPI file that has it. */
  public objectMeta(): { [name: string]: SchemaNode } {
    if (!this.objectMetaDefs) {
      const files = [...this.builtinFiles().values()].sort((a, b) => fs.statSync(a).size - fs.statSync(b).size || cmp(a, b));
      for (const file of files) {
        const doc = this.openApiDoc(file, readK8sOpenApi);
        if (doc.definitions[OBJECT_META]) {
          this.objectMetaDefs = definitionsClosure(doc.definitions, [OBJECT_META]);
          break;
        }
      }
      // Without Kubernetes files, metadata is only checked by checkMetadata().
      this.objectMetaDefs ??= { [OBJECT_META]: { 'type': 'object', 'x-kubernetes-preserve-unknown-fields': true } };
    }
    return this.objectMetaDefs;
  }

  /**
   * Every apiVersion/kind some source of the folder could answer for, and every apiVersion
   * {@link knownApiVersion} knows, sorted (what the catalog is built from). Reads everything.
   */
  public inventory(): { kinds: Array<{ apiVersion: string; kind: string }>; apiVersions: string[] } {
    const kinds = new Map<string, { apiVersion: string; kind: string }>();
    const apiVersions = new Set<string>();
    const add = (group: string, version: string, kind: string) => {
      const apiVersion = group === '' ? version : `${group}/${version}`;
      kinds.set(`${apiVersion}/${kind}`, { apiVersion, kind });
    };
    for (const [apiVersion, file] of this.builtinFiles()) {
      apiVersions.add(apiVersion);
      const { group, version } = splitApiVersion(apiVersion);
      for (const key of this.openApiDoc(file, readK8sOpenApi).kinds.keys()) {
        if (key.startsWith(`${group}/${version}/`)) add(group, version, key.slice(group.length + version.length + 2));
      }
    }
    for (const g of this.gardener()) {
      apiVersions.add(`${g.group}/${g.version}`);
      add(g.group, g.version, g.kind);
    }
    for (const entry of this.crds()) {
      for (const version of this.crdVersions(entry)) apiVersions.add(`${entry.group}/${version}`);
      for (const crd of this.crdFile(entry.file)) {
        if (crd.spec?.group !== entry.group || crd.spec?.names?.kind !== entry.kind) continue;
        for (const v of crd.spec.versions ?? []) if (v.served !== false) add(entry.group, v.name, entry.kind);
      }
    }
    for (const api of AGGREGATED_APIS) {
      for (const group of api.groups) {
        const file = this.aggregatedFile(group);
        if (file === undefined) continue;
        for (const key of this.openApiDoc(file, readSwagger).kinds.keys()) {
          const [g, version, kind] = key.split('/');
          if (g !== group) continue;
          apiVersions.add(`${group}/${version}`);
          add(group, version, kind);
        }
      }
    }
    return {
      kinds: [...kinds.keys()].sort(cmp).map((k) => kinds.get(k)!),
      apiVersions: [...apiVersions].filter((a) => this.knownApiVersion(a)).sort(cmp),
    };
  }

  /** The aggregated API document consulted for `group`, if any. */
  private aggregatedFile(group: string): string | undefined {
    const entry = AGGREGATED_APIS.find((a) => a.groups.includes(group));
    const file = entry && path.join(this.crdsDir, entry.file);
    return file !== undefined && fs.existsSync(file) ? file : undefined;
  }

  private findAggregated(apiVersion: string, kind: string): RawKind | undefined {
    const file = this.aggregatedFile(splitApiVersion(apiVersion).group);
    return file === undefined ? undefined : this.kindFromOpenApi(file, readSwagger, SchemaOrigin.AGGREGATED, apiVersion, kind);
  }

  private builtinFiles(): Map<string, string> {
    if (!this.k8sFiles) {
      this.k8sFiles = new Map();
      const dir = path.join(this.crdsDir, 'kubernetes', KUBERNETES_RELEASE);
      if (fs.existsSync(dir)) {
        for (const file of listFiles(dir)) {
          const gv = k8sFileGroupVersion(file);
          if (gv) this.k8sFiles.set(gv.group ? `${gv.group}/${gv.version}` : gv.version, file);
        }
      }
    }
    return this.k8sFiles;
  }

  /** An OpenAPI document (Kubernetes v3 or an aggregated API's Swagger), read once. */
  private openApiDoc(file: string, read: (file: string) => K8sOpenApi): K8sOpenApi {
    let doc = this.openApiDocs.get(file);
    if (!doc) {
      doc = read(file);
      this.openApiDocs.set(file, doc);
    }
    return doc;
  }

  /** The schema of a kind an OpenAPI document defines. */
  private kindFromOpenApi(
    file: string, read: (file: string) => K8sOpenApi, origin: SchemaOrigin, apiVersion: string, kind: string,
  ): RawKind | undefined {
    const doc = this.openApiDoc(file, read);
    const { group, version } = splitApiVersion(apiVersion);
    const gvk = gvkKey(group, version, kind);
    const name = doc.kinds.get(gvk);
    if (!name) return undefined;
    return {
      origin,
      source: path.relative(this.sharedDir, file),
      namespaced: doc.namespaced.has(gvk),
      root: doc.definitions[name],
      definitions: definitionsClosure(doc.definitions, [name]),
    };
  }

  private findBuiltin(apiVersion: string, kind: string): RawKind | undefined {
    const file = this.builtinFiles().get(apiVersion);
    return file === undefined ? undefined : this.kindFromOpenApi(file, readK8sOpenApi, SchemaOrigin.KUBERNETES, apiVersion, kind);
  }

  private gardener(): GardenerKindEntry[] {
    this.gardenerIndex ??= readGardenerIndex(path.join(this.crdsDir, 'gardener', 'core'));
    return this.gardenerIndex;
  }

  private findGardener(apiVersion: string, kind: string): RawKind | undefined {
    const { group, version } = splitApiVersion(apiVersion);
    const entry = this.gardener().find((g) => g.group === group && g.version === version && g.kind === kind);
    if (!entry) return undefined;
    const doc = JSON.parse(fs.readFileSync(entry.file, 'utf8'));
    const { definitions = {}, $schema: _s, $id: _i, ...root } = doc;
    void _s;
    void _i;
    return {
      origin: SchemaOrigin.GARDENER,
      source: path.relative(this.sharedDir, entry.file),
      namespaced: !GARDENER_CLUSTER_SCOPED.has(kind),
      root,
      definitions,
    };
  }

  private crds(): CrdIndexEntry[] {
    this.crdIndex ??= [
      ...scanCrdIndex(this.crdsDir, [...NON_CRD_DIRS, ...this.replaced.keys()]),
      ...[...this.replaced].flatMap(([component, version]) => scanCrdIndex(this.versionDir(component, version))),
    ];
    return this.crdIndex;
  }

  private crdFile(file: string): any[] {
    let docs = this.crdDocs.get(file);
    if (!docs) {
      docs = readCrds(file);
      this.crdDocs.set(file, docs);
    }
    return docs;
  }

  /** Served versions of the CRD an index entry points at. */
  private crdVersions(entry: CrdIndexEntry): string[] {
    const crd = this.crdFile(entry.file).find((c) => c.spec?.group === entry.group && c.spec?.names?.kind === entry.kind);
    return (crd?.spec?.versions ?? []).filter((v: any) => v.served !== false).map((v: any) => v.name);
  }

  private findCrd(apiVersion: string, kind: string): RawKind | undefined {
    const { group, version } = splitApiVersion(apiVersion);
    if (group === '') return undefined;
    // Several files may define the same kind (e.g. two generations of a CRD); prefer the one
    // that serves the most versions, then the first file in path order.
    const candidates: Array<{ file: string; crd: any; served: number }> = [];
    for (const entry of this.crds().filter((c) => c.group === group && c.kind === kind)) {
      for (const crd of this.crdFile(entry.file)) {
        if (crd.spec?.group !== group || crd.spec?.names?.kind !== kind) continue;
        const versions = (crd.spec.versions ?? []).filter((v: any) => v.served !== false);
        if (versions.some((v: any) => v.name === version)) candidates.push({ file: entry.file, crd, served: versions.length });
      }
    }
    if (candidates.length === 0) return undefined;
    candidates.sort((a, b) => b.served - a.served || cmp(a.file, b.file));
    const { file, crd } = candidates[0];
    const v = crd.spec.versions.find((x: any) => x.name === version);
    return {
      origin: SchemaOrigin.CRD,
      source: path.relative(this.sharedDir, file),
      namespaced: crd.spec.scope !== 'Cluster',
      root: v.schema?.openAPIV3Schema ?? crd.spec.validation?.openAPIV3Schema,
    };
  }
}
