/**
 * The proxy mechanics of Office.js, reproduced: a proxy only queues work; `context.sync()` runs the
 * queue in order against the workbook; a property can be read only after it was loaded and synced
 * (or set locally, as Office.js remembers what you set); `*OrNullObject` proxies learn whether they
 * exist at sync. Anything else throws the error Excel would.
 */
import { propertyNotLoaded, SimOfficeError } from './errors';
import type { SimWorkbook } from './workbook-state';

/** Applied after the whole queue succeeded: loaded values become visible only then. */
export type Commit = () => void;

/** What a proxy needs from its request context. */
export interface ContextCore {
  readonly state: SimWorkbook;
  enqueue(location: string, run: () => Commit | void): void;
  /** Throws ApiNotFound when the simulated host lacks ExcelApi `version`; called inside queued work, so it fails at sync. */
  requireApi(version: string, location: string): void;
  /** Notes cell entries a load sends back (one per cell per 2-D property), to watch response sizes. */
  countCellsRead(entries: number): void;
}

export type LoadArgument = string | string[] | Record<string, unknown> | undefined;

/** "a, b/c" | ["a", "b/c"] | { select: "a" } | { a: true, b: { c: true } } → [["a"], ["b", "c"]]. */
export function loadPaths(arg: LoadArgument): string[][] | 'all' {
  if (arg === undefined || arg === null) return 'all';
  if (typeof arg === 'string') return splitList(arg);
  if (Array.isArray(arg)) return arg.flatMap((s) => splitList(s));
  if (typeof arg.select === 'string') return splitList(arg.select);
  const out: string[][] = [];
  for (const [key, v] of Object.entries(arg)) {
    if (v === true) out.push([key]);
    else if (v && typeof v === 'object') {
      const inner = loadPaths(v as Record<string, unknown>);
      if (inner !== 'all') for (const p of inner) out.push([key, ...p]);
    }
  }
  return out;
}

function splitList(text: string): string[][] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => s.split('/').map((p) => p.trim()));
}

export abstract class SimClientObject<T> {
  private readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(
    readonly context: ContextCore,
    protected readonly typeName: string,
    /** Created by an *OrNullObject method: a missing target is not an error. */
    protected readonly nullable = false,
  ) {
    if (nullable) {
      // Office sends the *OrNullObject call with the batch; the answer arrives with the sync.
      context.enqueue(`${typeName}.isNullObject`, () => {
        const isNull = this.target() === null;
        return () => (this.nullState = isNull);
      });
    }
  }

  /** Finds the target at sync time; null only for a missing target of a nullable proxy. */
  abstract target(): T | null;

  /** Scalar properties that load() can fetch, read from the target. */
  protected abstract scalars(): Record<string, (target: T) => unknown>;

  /** Child proxies reachable by name in a load path ("format/font/bold"). */
  protected navigation(_name: string): SimClientObject<unknown> | undefined {
    return undefined;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) {
      if (!this.nullable && this.loaded.size > 0) return false;
      throw propertyNotLoaded('isNullObject', `${this.typeName}.isNullObject`);
    }
    return this.nullState;
  }

  load(arg?: LoadArgument): this {
    const paths = loadPaths(arg);
    this.context.enqueue(`${this.typeName}.load`, () => this.loadNow(paths));
    return this;
  }

  /** Runs a load at its place in the queue; the values are published by the returned commit. */
  loadNow(paths: string[][] | 'all'): Commit {
    const getters = this.scalars();
    const list = paths === 'all' ? Object.keys(getters).map((k) => [k]) : paths;
    const target = this.target();
    const commits: Commit[] = [];
    for (const path of list) {
      const [head, ...rest] = path;
      if (rest.length === 0 && getters[head]) {
        const value = target === null ? null : clone(getters[head](target));
        commits.push(() => this.loaded.set(head, value));
        continue;
      }
      const child = this.navigation(head);
      if (!child) {
        throw new SimOfficeError('InvalidArgument', `The property '${head}' doesn't exist on ${this.typeName}.`, `${this.typeName}.load`);
      }
      commits.push(child.loadNow(rest.length ? [rest] : 'all'));
    }
    const nullable = this.nullable;
    return () => {
      if (!nullable) this.nullState = false;
      else this.nullState = target === null;
      commits.forEach((c) => c());
    };
  }

  /** Publishes a value fetched at sync by a collection's load (its `items`). */
  protected publish(name: string, value: unknown): void {
    this.loaded.set(name, value);
  }

  protected read<V>(name: string): V {
    if (!this.loaded.has(name)) throw propertyNotLoaded(name, `${this.typeName}.${name}`);
    return this.loaded.get(name) as V;
  }

  /** Office.js keeps a set value locally (readable at once) and sends the set with the next sync. */
  protected write(name: string, value: unknown, apply: (target: T) => void): void {
    this.loaded.set(name, value);
    this.context.enqueue(`${this.typeName}.${name}`, () => {
      const t = this.target();
      if (t !== null) apply(t);
    });
  }

  /** Queues a method call; it runs on the target at sync. */
  protected call(method: string, apply: (target: T) => void): void {
    this.context.enqueue(`${this.typeName}.${method}`, () => {
      const t = this.target();
      if (t !== null) apply(t);
    });
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

/** Loaded arrays and objects are snapshots: later changes to the workbook do not leak into them. */
function clone<V>(value: V): V {
  if (value === null || typeof value !== 'object') return value;
  return JSON.parse(JSON.stringify(value)) as V;
}

/**
 * OfficeExtension.ClientResult: what a method such as `getCount()` returns; its value arrives with the
 * sync that carried the call.
 */
export class SimClientResult<V> {
  private loaded = false;
  private result: V | undefined;

  get value(): V {
    if (!this.loaded) {
      throw new SimOfficeError(
        'ValueNotLoaded',
        'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
      );
    }
    return this.result as V;
  }

  publish(value: V): void {
    this.result = value;
    this.loaded = true;
  }
}
