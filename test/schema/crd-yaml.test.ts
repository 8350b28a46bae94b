/**
 * seedbed's reader of generated CRD YAML must give exactly what the `yaml` package gives, or
 * give up (and leave the file to the `yaml` package).
 */
import * as fs from 'fs';
import * as path from 'path';
import { isDeepStrictEqual } from 'util';
import { parseCrdYaml } from '../../lib/schema/crd-yaml';
import { defaultSharedDir } from '../../lib/schema/paths';
import { listFiles, parseYamlDocuments } from '../../lib/schema/sources';

/** What the `yaml` package reads (without empty documents), or its error. */
function reference(text: string): unknown {
  try {
    return parseYamlDocuments('test.yaml', text);
  } catch (err) {
    return `error: ${(err as Error).message}`;
  }
}

describe('every CRD file in crds/', () => {
  const crds = path.join(defaultSharedDir(), 'crds');
  const files = listFiles(crds).filter((f) => /\.ya?ml$/.test(f));

  test('is read as the yaml package reads it, or left to it', () => {
    const declined: string[] = [];
    const differ: string[] = [];
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8').replace(/^([ \t]*labels:)[ \t]*\{\{.*\}\}[ \t]*$/gm, '$1 {}');
      const fast = parseCrdYaml(text);
      if (fast === undefined) declined.push(path.relative(crds, file));
      else if (!isDeepStrictEqual(fast, reference(text))) differ.push(path.relative(crds, file));
    }
    expect(differ).toEqual([]);
    // Nearly all of them are in the subset the reader knows.
    expect(files.length).toBeGreaterThan(100);
    expect(declined.length).toBeLessThan(files.length / 20);
  });
});

describe('the subset', () => {
  const same: Array<[string, string]> = [
    ['scalars of the core schema', 'a: 1\nb: -2\nc: 0o17\nd: 0x1F\ne: 1.50\nf: 1e3\ng: .inf\nh: -.Inf\ni: .nan\nj: true\nk: False\nl: ~\nm:\nn: NULL\no: 1.2.3\np: 0123\nq: +7\nr: yes\ns: "2"\n'],
    ['nested mappings and sequences, compact and indented', 'a:\n  b:\n  - x\n  - y: 1\n    z:\n    - 2\n  -\n    w: 3\n  - [ ]\n'],
    ['comments everywhere', '# head\na: 1 # one\n# between\nb: # nothing here\n  c: "x" # quoted\nd: \'y\'  # single\n'],
    ['multi-line plain scalars', 'a: one\n  two\n\n  three\n\n\n  four\nb:\n  - five\n    six\n'],
    ['multi-line quoted scalars', 'a: \'it\'\'s\n  folded\n\n  here \'\nb: "tab\\there\n  and\\nnew  \n  line\\\\"\nc: "\\u00e9\\x41\\ \\/"\n'],
    ['literal block scalars and chomping', 'a: |\n  one\n\n  two\n\n\nb: |-\n  x\n    indented\nc: |+\n  kept\n\n\nd: |\n\n  after empty\ne: |-\nf: end\n'],
    ['folded block scalars', 'a: >\n  one\n  two\n\n  three\nb: >-\n  x\n  y\n'],
    ['several documents, empty ones dropped', '---\na: 1\n---\n# only a comment\n---\n- b\n- c\n'],
    ['empty flow collections and quoted keys', 'a: []\nb: {}\n"c d": 1\n\'e\': [ ]\n'],
    ['a colon inside words is not a key', 'url: http://example.com:8080/x\nk: a:b\n'],
  ];
  test.each(same)('%s', (_name, text) => {
    const fast = parseCrdYaml(text);
    expect(fast).toBeDefined();
    expect(fast).toEqual(reference(text));
  });

  const declined: Array<[string, string]> = [
    ['anchors and aliases', 'a: &x 1\nb: *x\n'],
    ['tags', 'a: !!str 1\n'],
    ['non-empty flow collections', 'a: [1, 2]\n'],
    ['duplicate keys', 'a: 1\na: 2\n'],
    ['keys the core schema reads as other values', '1: a\n'],
    ['indentation indicators', 'a: |2\n   x\n'],
    ['tabs', 'a:\t1\n'],
    ['merge keys', '<<: {}\n'],
    ['bad indentation', 'a:\n  b: 1\n c: 2\n'],
  ];
  test.each(declined)('gives up on %s', (_name, text) => {
    expect(parseCrdYaml(text)).toBeUndefined();
  });
});
