/**
 * Finding and loading fleet definitions: TypeScript or JavaScript modules whose default export
 * is a Garden or a function returning one.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Garden } from '../model/garden';
import { FleetValidationError } from '../core/problems';
import { propProblems } from '../validate/props';
import { UsageError } from './errors';

/** A fleet definition file and the name its output folder gets. */
export interface FleetFile {
  /** The fleet's name: the file name without extension; its output goes to `<out>/<name>/`. */
  readonly name: string;
  /** Absolute path of the fleet file. */
  readonly file: string;
}

/** Fleet files named on the command line, or every `*.ts`/`*.js` in `fleets/`. */
export function findFleets(args: readonly string[], cwd: string): FleetFile[] {
  const toFleet = (file: string): FleetFile => ({ name: path.basename(file).replace(/\.(ts|js)$/, ''), file: path.resolve(cwd, file) });
  if (args.length > 0) {
    return args.map((a) => {
      for (const candidate of [a, `${a}.ts`, `${a}.js`, path.join('fleets', a), path.join('fleets', `${a}.ts`), path.join('fleets', `${a}.js`)]) {
        const p = path.resolve(cwd, candidate);
        if (fs.existsSync(p) && fs.statSync(p).isFile()) return toFleet(p);
      }
      throw new UsageError(`no fleet definition found for '${a}' (looked for ${a}, fleets/${a}.ts)`);
    });
  }
  const dir = path.join(cwd, 'fleets');
  if (!fs.existsSync(dir)) throw new UsageError(`no fleets/ folder in ${cwd}; name a fleet file`);
  return fs.readdirSync(dir).filter((f) => /\.(ts|js)$/.test(f) && !f.endsWith('.d.ts')).sort().map((f) => toFleet(path.join(dir, f)));
}

/** Loads a fleet module and returns its Garden. */
export function loadFleet(fleet: FleetFile): Garden {
  if (fleet.file.endsWith('.ts')) registerTypeScript();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(fleet.file);
  const exported = mod?.default ?? mod?.fleet ?? mod;
  const garden = typeof exported === 'function' && !Garden.isGarden(exported) ? exported() : exported;
  if (!Garden.isGarden(garden)) {
    throw new UsageError(`${fleet.file}: the default export must be a Garden or a function returning one`);
  }
  // The props' types first: the command reads some of them (the repository path) before it synthesizes.
  const problems = propProblems(garden);
  if (problems.length > 0) throw new FleetValidationError(problems);
  return garden;
}

let registered = false;
function registerTypeScript(): void {
  if (registered || (require.extensions as any)['.ts']) return;
  registered = true;
  // The TypeScript seedbed depends on (~5.9), not whatever version the platform repository has:
  // ts-node needs its JavaScript API.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('ts-node').register({ transpileOnly: true, compiler: require.resolve('typescript'), compilerOptions: { module: 'commonjs' } });
}
