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

export interface EnqueueOptions {
  /** False for loads: they change nothing, so computed values stay valid across them. Default true. */
  mutates?: boolean;
  /** Bytes this operation adds to the request (its arguments as JSON), beyond a fixed overhead. */
  bytes?: number;
}

/** What a proxy needs from its request context. */
export interface ContextCore {
  readonly state: SimWorkbook;
  enqueue(location: string, run: () => Commit | void, options?: EnqueueOptions): void;
  /**
   * Throws ApiNotFound when the simulated host lacks the requirement set of `Type.member` (from the
   * generated table of @types/office-js tags); `argument` names a tagged variant ("set", "password").
   * Called inside queued work, so it fails at sync, as Excel does.
   */
  requireMember(type: string, member: string, argument?: string): void;
  /** Notes cell entries a load sends back (one per cell per 2-D property), to watch response sizes. */
  countCellsRead(entries: number): void;
  /** Notes a value a load sends back, for the response's size in bytes. */
  countResponse(value: unknown): void;
}

/** Size in bytes of a value sent as JSON (UTF-8), as Office.js sends arguments and results. */
export function jsonBytes(value: unknown): number {
  if (value === undefined) return 0;
  const text = JSON.stringify(value) ?? '';
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
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
  /** The members this proxy was reached through ("Range.dataValidation"), each checked at every use. */
  private requirements: ReadonlyArray<readonly [string, string]> = [];

  constructor(
    readonly context: ContextCore,
    protected readonly typeName: string,
    /** Created by an *OrNullObject method: a missing target is not an error. */
    protected readonly nullable = false,
  ) {
    if (nullable) {
      // Office sends the *OrNullObject call with the batch; the answer arrives with the sync.
      this.queue(
        `${typeName}.isNullObject`,
        () => {
          const isNull = this.target() === null;
          return () => (this.nullState = isNull);
        },
        { mutates: false },
      );
    }
  }

  /**
   * Records that this proxy was obtained through `type.member` of `parent` (a navigation property
   * such as Range.dataValidation, or a method such as Worksheet.getUsedRangeOrNullObject): every
   * operation on it then needs that member's requirement set too, as in Excel, where the path to an
   * object travels with each request.
   */
  through(parent: SimClientObject<any> | null, type: string, member: string): this {
    this.requirements = [...(parent?.requirements ?? []), [type, member]];
    return this;
  }

  /** Checks, at sync, the members this proxy was reached through. */
  protected requirePath(): void {
    for (const [type, member] of this.requirements) this.context.requireMember(type, member);
  }

  /** Queues work on this proxy: the path's requirement sets are checked first, at sync. */
  protected queue(location: string, run: () => Commit | void, options?: EnqueueOptions): void {
    this.context.enqueue(
      location,
      () => {
        this.requirePath();
        return run();
      },
      options,
    );
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
    this.queue(`${this.typeName}.load`, () => this.loadNow(paths), { mutates: false });
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
      if (paths !== 'all') this.context.requireMember(this.typeName, head);
      if (rest.length === 0 && getters[head]) {
        const value = target === null ? null : clone(getters[head](target));
        this.context.countResponse(value);
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
    this.queue(
      `${this.typeName}.${name}`,
      () => {
        this.context.requireMember(this.typeName, name, 'set');
        const t = this.target();
        if (t !== null) apply(t);
      },
      { bytes: jsonBytes(value) },
    );
  }

  /** Queues a method call (its arguments, for the request's size); it runs on the target at sync. */
  protected call(method: string, apply: (target: T) => void, args: unknown[] = []): void {
    this.queue(
      `${this.typeName}.${method}`,
      () => {
        this.context.requireMember(this.typeName, method);
        const t = this.target();
        if (t !== null) apply(t);
      },
      { bytes: jsonBytes(args) },
    );
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
