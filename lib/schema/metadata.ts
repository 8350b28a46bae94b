/**
 * The ObjectMeta checks the API server makes beyond the OpenAPI schema: name syntax per kind,
 * namespace syntax and scope, label and annotation keys and values.
 */
import { FieldPath, field, key } from './problems';
import { isObject } from './schema-walk';

/** How a kind's metadata.name is checked. */
export enum NameRule {
  /** DNS-1123 subdomain: lower case alphanumerics, '-', '.', at most 253 characters (the default). */
  DNS1123_SUBDOMAIN = 'DNS1123_SUBDOMAIN',
  /** DNS-1123 label: lower case alphanumerics and '-', at most 63 characters. */
  DNS1123_LABEL = 'DNS1123_LABEL',
  /** DNS-1035 label: like a DNS-1123 label, starting with a letter. */
  DNS1035_LABEL = 'DNS1035_LABEL',
  /** Path segment: anything but '.', '..', and names containing '/' or '%' (RBAC objects). */
  PATH_SEGMENT = 'PATH_SEGMENT',
}

/** Kinds whose names follow a rule other than DNS-1123 subdomain, keyed `group/Kind`. */
const NAME_RULES: { [groupKind: string]: NameRule } = {
  '/Namespace': NameRule.DNS1123_LABEL,
  '/Service': NameRule.DNS1035_LABEL,
  'rbac.authorization.k8s.io/Role': NameRule.PATH_SEGMENT,
  'rbac.authorization.k8s.io/RoleBinding': NameRule.PATH_SEGMENT,
  'rbac.authorization.k8s.io/ClusterRole': NameRule.PATH_SEGMENT,
  'rbac.authorization.k8s.io/ClusterRoleBinding': NameRule.PATH_SEGMENT,
  'core.gardener.cloud/Shoot': NameRule.DNS1123_LABEL,
};

/** The name rule of a kind. */
export function nameRuleFor(group: string, kind: string): NameRule {
  return NAME_RULES[`${group}/${kind}`] ?? NameRule.DNS1123_SUBDOMAIN;
}

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const ANNOTATIONS_MAX_BYTES = 256 * 1024;

/** Problems with a name under a rule ([] when valid). */
export function nameProblems(name: string, rule: NameRule): string[] {
  switch (rule) {
    case NameRule.DNS1123_LABEL:
      if (name.length <= 63 && DNS1123_LABEL.test(name)) return [];
      return [
        ...(name.length > 63 ? ['must be no more than 63 characters'] : []),
        ...(DNS1123_LABEL.test(name) ? [] : ["must be a DNS-1123 label: lower case alphanumerics or '-', starting and ending with an alphanumeric"]),
      ];
    case NameRule.DNS1035_LABEL:
      return [
        ...(name.length > 63 ? ['must be no more than 63 characters'] : []),
        ...(DNS1035_LABEL.test(name) ? [] : ["must be a DNS-1035 label: lower case alphanumerics or '-', starting with a letter and ending with an alphanumeric"]),
      ];
    case NameRule.PATH_SEGMENT:
      if (name === '.' || name === '..') return [`may not be '${name}'`];
      return ['/', '%'].filter((c) => name.includes(c)).map((c) => `may not contain '${c}'`);
    default:
      if (name.length <= 253 && DNS1123_SUBDOMAIN.test(name)) return [];
      return [
        ...(name.length > 253 ? ['must be no more than 253 characters'] : []),
        ...(DNS1123_SUBDOMAIN.test(name) ? [] : ["must be a DNS-1123 subdomain: lower case alphanumerics, '-' or '.', starting and ending with an alphanumeric"]),
      ];
  }
}

/** Problems with a qualified name (`prefix/name`) used as a label or annotation key. */
export function qualifiedNameProblems(value: string): string[] {
  const parts = value.split('/');
  if (parts.length > 2) return ["a qualified name must be a name with an optional DNS subdomain prefix and '/'"];
  const [prefix, name] = parts.length === 2 ? parts : [undefined, parts[0]];
  const out: string[] = [];
  if (prefix !== undefined) {
    if (prefix === '') out.push('prefix part must be non-empty');
    else out.push(...nameProblems(prefix, NameRule.DNS1123_SUBDOMAIN).map((p) => `prefix part ${p}`));
  }
  if (name === '') out.push('name part must be non-empty');
  else {
    if (name.length > 63) out.push('name part must be no more than 63 characters');
    if (!QUALIFIED_NAME.test(name)) out.push("name part must consist of alphanumerics, '-', '_' or '.', starting and ending with an alphanumeric");
  }
  return out;
}

/** Label and annotation keys repeat across objects: their problems are worked out once. */
const keyProblemsCache = new Map<string, readonly string[]>();
const KEY_PROBLEMS_CACHE_SIZE = 10_000;

function keyProblems(value: string): readonly string[] {
  let problems = keyProblemsCache.get(value);
  if (!problems) {
    problems = qualifiedNameProblems(value);
    if (keyProblemsCache.size >= KEY_PROBLEMS_CACHE_SIZE) keyProblemsCache.clear();
    keyProblemsCache.set(value, problems);
  }
  return problems;
}

/** Reports ObjectMeta problems of an object; `add` receives a field path and a message. */
export function checkMetadata(
  meta: unknown,
  rule: NameRule,
  namespaced: boolean | undefined,
  add: (path: FieldPath, message: string) => void,
): void {
  const base = [field('metadata')];
  if (!isObject(meta)) {
    if (meta === undefined) add([...base, field('name')], 'Required value: name or generateName is required');
    return;
  }
  const name = meta.name;
  if (typeof name === 'string' && name !== '') {
    for (const p of nameProblems(name, rule)) add([...base, field('name')], `Invalid value: ${JSON.stringify(name)}: ${p}`);
  } else if (name === undefined || name === '') {
    if (typeof meta.generateName !== 'string' || meta.generateName === '') {
      add([...base, field('name')], 'Required value: name or generateName is required');
    }
  }
  const ns = meta.namespace;
  if (typeof ns === 'string' && ns !== '') {
    if (namespaced === false) add([...base, field('namespace')], 'Forbidden: not allowed on this type (the kind is cluster-scoped)');
    for (const p of nameProblems(ns, NameRule.DNS1123_LABEL)) add([...base, field('namespace')], `Invalid value: ${JSON.stringify(ns)}: ${p}`);
  }
  if (isObject(meta.labels)) {
    for (const k of Object.keys(meta.labels)) {
      const v = meta.labels[k];
      const keyOk = keyProblems(k).length === 0;
      if (keyOk && (typeof v !== 'string' || (v.length <= 63 && LABEL_VALUE.test(v)))) continue;
      const path = [...base, field('labels'), key(k)];
      for (const p of keyProblems(k)) add(path, `Invalid value: ${JSON.stringify(k)}: label key ${p}`);
      if (typeof v === 'string') {
        if (v.length > 63) add(path, `Invalid value: ${JSON.stringify(v)}: a label value must be no more than 63 characters`);
        if (!LABEL_VALUE.test(v)) add(path, `Invalid value: ${JSON.stringify(v)}: a label value must be empty or consist of alphanumerics, '-', '_' or '.', starting and ending with an alphanumeric`);
      }
    }
  }
  if (isObject(meta.annotations)) {
    let total = 0;
    for (const k of Object.keys(meta.annotations)) {
      const problems = keyProblems(k.toLowerCase());
      if (problems.length > 0) {
        const path = [...base, field('annotations'), key(k)];
        for (const p of problems) add(path, `Invalid value: ${JSON.stringify(k)}: annotation key ${p}`);
      }
      const v = meta.annotations[k];
      total += Buffer.byteLength(k) + (typeof v === 'string' ? Buffer.byteLength(v) : 0);
    }
    if (total > ANNOTATIONS_MAX_BYTES) add([...base, field('annotations')], `Too long: annotations may not be more than ${ANNOTATIONS_MAX_BYTES} bytes in total`);
  }
}
