import { RootConstruct } from 'constructs';
import { hasMarker, mark, markerOf } from './marker';

const APP_MARKER = markerOf('App');

/**
 * The root of a fleet file's construct tree, as a cdk8s or cdktn `App` is: gardens are created in
 * it (`new Garden(new App(), 'corp', { ... })`). It has no id, so construct paths in problem
 * reports start at the garden. It renders nothing itself: `seedbed synth` (or `Fleet.synth`)
 * renders each garden. A cdk8s or cdktn `App`, or any other construct, may be a garden's scope
 * instead.
 */
export class App extends RootConstruct {
  /** Returns true when `x` is an App (also one made by another copy of seedbed). */
  public static isApp(x: unknown): x is App {
    return hasMarker(x, APP_MARKER);
  }

  /** Creates an empty root. */
  constructor() {
    super();
    mark(this, APP_MARKER);
  }
}
