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
import { defaultCacheDir } from './schemas';

/** A fleet definition file and the name its output folder gets. */
export interface FleetFile {
  /** The fleet's name: the file name without extension; its output goes to `<out>/<name>/`. */
  readonly name: string;
  /** Absolute path of the fleet file. */
  readonly file: string;
}

/**
 * Fleet files named on the command line, or every `*.ts`/`*.js` in `fleets/`; a usage error when
 * a name matches no file, or when there is no `fleets/` or nothing in it.
 */
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
  const found = fs.readdirSync(dir).filter((f) => /\.(ts|js)$/.test(f) && !f.endsWith('.d.ts') && fs.statSync(path.join(dir, f)).isFile()).sort();
  // Nothing to do is a mistake, not a success: an empty fleets/ would otherwise render nothing and exit 0.
  if (found.length === 0) throw new UsageError(`no fleet definition in ${dir} (looked for *.ts and *.js files); add one (seedbed init scaffolds fleets/main.ts) or name a fleet file`);
  return found.map((f) => toFleet(path.join(dir, f)));
}

/**
 * The scope of a fleet file's schema-check verdicts in the cache folder `cacheDir`: the file's
 * path relative to that folder (so a moved checkout keeps its verdicts), never the garden's name,
 * which two fleet files may share.
 */
export function fleetCacheScope(fleet: FleetFile, cacheDir: string): string {
  return `fleet:${path.relative(path.resolve(cacheDir), fleet.file).split(path.sep).join('/')}`;
}

/** Options of {@link loadFleet} and {@link checkFleetTypes}. */
export interface LoadFleetOptions {
  /**
   * Where the type check keeps its verdicts (a fleet found free of errors is not checked again
   * while nothing it reads changed).
   * @default - node_modules/.cache/seedbed of the project holding the fleet file
   */
  readonly cacheDir?: string;
}

/** Fleet files type-checked (and found clean) in this process. */
const typeChecked = new Set<string>();

/**
 * Type-checks TypeScript fleet files before they run, all in one program (see ./typecheck);
 * throws `FleetTypeError` with the compiler's errors. Files checked before in this process are
 * not checked again.
 */
export function checkFleetTypes(fleets: readonly FleetFile[], options: LoadFleetOptions = {}): void {
  const todo = fleets.map((f) => f.file).filter((f) => /\.ts$/.test(f) && !typeChecked.has(f));
  if (todo.length === 0) return;
  // Loaded only when there is TypeScript to check: the compiler takes a while to load.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { typeCheckFleets } = require('./typecheck') as typeof import('./typecheck');
  typeCheckFleets(todo, options.cacheDir ?? defaultCacheDir(path.dirname(todo[0])));
  for (const f of todo) typeChecked.add(f);
}

/**
 * Loads a fleet module and returns its Garden. A TypeScript fleet is type-checked first
 * (`FleetTypeError`: it does not run), and the Garden's props are checked before it is returned
 * (`FleetValidationError`).
 */
export function loadFleet(fleet: FleetFile, options: LoadFleetOptions = {}): Garden {
  checkFleetTypes([fleet], options);
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
