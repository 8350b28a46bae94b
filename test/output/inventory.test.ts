/**
 * fleet.json: the inventory is written and read back as it always was — the same text for every
 * example fleet (and for shoots whose fields or pool names are not in sorted order), and the same
 * parse as JSON.parse for every text, including odd forms of the files list (a faster reader of
 * that list must keep giving these answers).
 */
import * as fs from 'fs';
import * as path from 'path';
import { canonical, toJson } from '../../lib/output/serialize';
import { buildInventory, parseInventory, readOwnership, readPreviousOutput, shootHash } from '../../lib/output/inventory';
import { ResolvedFleet } from '../../lib/resolve/model';
import { EXAMPLE_FLEETS, REPO_ROOT, resolveExample } from '../support/fleets';

/** The inventory as seedbed built it before its objects were made in key order: the reference. */
function referenceInventory(fleet: ResolvedFleet, files?: readonly string[]): unknown {
  const shoots: Record<string, unknown> = {};
  for (const s of fleet.shoots) {
    const seed = fleet.seeds.find((x) => x.name === s.seed);
    shoots[s.key] = {
      project: s.project, name: s.name, seed: s.seed, backend: s.backend, dataStore: s.dataStore,
      dataStoreDriver: s.dataStore ? seed?.dataStores.find((d) => d.name === s.dataStore)?.driver : undefined,
      kubernetesVersion: s.kubernetesVersion, provider: s.provider, region: s.region, cloudProfile: s.cloudProfile.name,
      networking: { type: s.networking.type, pods: s.networking.pods, services: s.networking.services, nodes: s.networking.nodes },
      dnsDomain: s.dnsDomain, purpose: s.purpose, failureTolerance: s.failureTolerance, contentHash: shootHash(s),
      workers: Object.fromEntries(s.workers.map((w) => [w.name, {
        kubernetesVersion: w.kubernetesVersion, image: `${w.image.name}@${w.image.version}`, machineType: w.machineType.name,
        minimum: w.minimum, maximum: w.maximum, provisioner: w.provisioner, zones: w.zones,
      }])),
    };
  }
  return {
    apiVersion: 'seedbed.io/v1alpha1', kind: 'FleetInventory', fleet: fleet.name,
    repository: { url: fleet.repository.url, branch: fleet.repository.branch, path: fleet.repository.path },
    gitOpsEngine: fleet.gitOpsEngine,
    seeds: fleet.seeds.map((s) => ({
      name: s.name, provider: s.provider, region: s.region, capacity: s.capacity, shoots: s.shoots.length,
      dataStores: s.dataStores.map((d) => ({ name: d.name, driver: d.driver, capacity: d.capacity, shoots: d.shoots.length })),
    })),
    shoots,
    ...(files ? { files: [...files].sort() } : {}),
  };
}

/** What readPreviousOutput and parseInventory must give: the answers of JSON.parse. */
function parsedLongWay(text: string) {
  let doc: any;
  try {
    doc = JSON.parse(text);
  } catch {
    return { ownership: readOwnership(undefined), inventory: undefined };
  }
  const inventory = doc?.kind === 'FleetInventory' && typeof doc.shoots === 'object' ? { shoots: doc.shoots } : undefined;
  return { ownership: readOwnership(text), inventory };
}

describe('buildInventory', () => {
  test.each(Object.keys(EXAMPLE_FLEETS))('%s: the same fleet.json as the committed snapshot and as the reference', (name) => {
    const fleet = resolveExample(name);
    const committed = fs.readFileSync(path.join(REPO_ROOT, 'snapshots', name, 'fleet.json'), 'utf8');
    const files = readOwnership(committed).owned.filter((f) => f !== 'fleet.json');
    expect(toJson(buildInventory(fleet, files))).toBe(committed);
    expect(toJson(buildInventory(fleet, files))).toBe(toJson(referenceInventory(fleet, files)));
    expect(toJson(buildInventory(fleet))).toBe(toJson(referenceInventory(fleet)));
  });

  test('pools named out of order (integer-like names too), fields left undefined: still the reference text', () => {
    const fleet = resolveExample('openstack');
    const [first, ...others] = fleet.shoots;
    const names = ['zeta', '10', 'alpha', '9', 'b'];
    const odd = {
      ...first, dataStore: undefined, dnsDomain: undefined, key: `${first.key}-odd`,
      workers: names.map((name, i) => ({ ...first.workers[0], name, kubernetesVersion: i === 2 ? (undefined as unknown as string) : first.workers[0].kubernetesVersion })),
    };
    const changed: ResolvedFleet = { ...fleet, shoots: [first, odd, ...others] };
    const text = toJson(buildInventory(changed, ['b', 'a']));
    expect(text).toBe(toJson(referenceInventory(changed, ['b', 'a'])));
    expect(text).toBe(`${JSON.stringify(canonical(referenceInventory(changed, ['b', 'a'])), null, 2)}\n`);
    expect(Object.keys((JSON.parse(text).shoots[odd.key] as { workers: object }).workers)).toEqual(['9', '10', 'alpha', 'b', 'zeta']);
  });
});

describe('readPreviousOutput and parseInventory', () => {
  const committed = fs.readFileSync(path.join(REPO_ROOT, 'snapshots', 'openstack', 'fleet.json'), 'utf8');
  const listed = readOwnership(committed).owned;
  const mark = JSON.stringify('\u0000seedbed-files\u0000');
  const variants: Array<[string, string]> = [
    ['as toJson writes it', committed],
    ['an entry with an escape', committed.replace('\n    "seeds/', '\n    "seeds\\u002f')],
    ['an entry with a quote escaped', committed.replace('\n    "seeds/', '\n    "se\\"eds/')],
    ['an entry that is a number', committed.replace(/\n {4}"[^"]*"/, '\n    42')],
    ['other spacing after a comma', committed.replace(',\n    "', ',\n     "')],
    ['no files at all', committed.replace(/,?\n {2}"files": \[[^\]]*\]/, '')],
    ['an empty list', committed.replace(/\n {2}"files": \[[^\]]*\]/, '\n  "files": []')],
    ['a second, later files list (the parser keeps the last)', committed.replace(/\n}\n$/, ',\n  "files": [\n    "other"\n  ]\n}\n')],
    ['a second, earlier files list (the parser keeps the last)', committed.replace('{\n  "apiVersion"', '{\n  "files": [\n    "first"\n  ],\n  "apiVersion"')],
    ['a nested files list written like the top-level one', committed.replace('{\n  "apiVersion"', '{\n  "nested": {\n  "files": [\n    "nested"\n  ]},\n  "apiVersion"').replace(/\n {2}"files": \[\n {4}"seeds/, '\n  "filez": [\n    "seeds/')],
    ['the mark itself as a value elsewhere', committed.replace('{\n  "apiVersion"', `{\n  "x": ${mark},\n  "apiVersion"`)],
    ['the mark as the files value', committed.replace(/\n {2}"files": \[[^\]]*\]/, `\n  "files": ${mark}`)],
    ['not JSON after the list', committed.replace(/\n}\n$/, '\n')],
    ['not JSON inside the list', committed.replace(',\n    "', ',,\n    "')],
    ['a list that does not end where it seems to', committed.replace('\n    "seeds/', '\n    "x\n  ]", "seeds/')],
  ];

  test.each(variants)('%s: the answers of JSON.parse', (name, text) => {
    if (name !== 'as toJson writes it') expect(text).not.toBe(committed);
    const want = parsedLongWay(text);
    expect(readPreviousOutput(text)).toEqual(want);
    expect(parseInventory(text)).toEqual(want.inventory);
  });

  test('the committed inventory lists its files, in order', () => {
    expect(listed.length).toBeGreaterThan(10);
    expect(readPreviousOutput(committed).ownership.owned).toEqual(listed);
    expect(readPreviousOutput(committed).ownership.owned).toEqual(['fleet.json', ...JSON.parse(committed).files]);
  });
});
