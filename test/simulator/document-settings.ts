/**
 * `Office.context.document.settings` as Office documents it (Office.Settings, "Persist add-in state and
 * settings", learn.microsoft.com/office/dev/add-ins/develop/persisting-add-in-state-and-settings):
 * - name/value pairs stored in the document, per add-in; loaded when the add-in starts, so `get`
 *   and `set` work on an in-memory copy;
 * - nothing reaches the document until `saveAsync` (asynchronous, the callback gets an AsyncResult
 *   whose status is "succeeded" or "failed"); `refreshAsync` reads the saved copy again;
 * - a name is a string; a value a string, number, boolean, null, object or array (saved as JSON, so
 *   what comes back after a reload is the JSON round trip of what was set); `get` of an unknown
 *   name is null.
 * The saved copy lives in `DocumentSettingsStore` (the document): a test "reopens the workbook" by
 * starting another page, or another SimDocumentSettings, over the same saved JSON.
 */

export interface SimAsyncResult<T> {
  status: 'succeeded' | 'failed';
  value: T;
  error?: { name: string; message: string; code: number };
  asyncContext?: unknown;
}

type Callback<T> = (result: SimAsyncResult<T>) => void;

/** The settings as saved in the document (JSON text per name). */
export class DocumentSettingsStore {
  saved: Record<string, string> = {};
  /** saveAsync calls that reached the document. */
  saves = 0;
  /** Makes the next saveAsync fail as a read-only document would (status "failed"). */
  failNextSave = false;

  constructor(initial: Record<string, unknown> = {}) {
    for (const [name, value] of Object.entries(initial)) this.saved[name] = JSON.stringify(value);
  }

  /** What the document holds, parsed (for tests and the e2e "reopen" step). */
  snapshot(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [name, json] of Object.entries(this.saved)) out[name] = JSON.parse(json) as unknown;
    return out;
  }
}

function checkName(name: unknown): string {
  if (typeof name !== 'string' || name === '') throw new TypeError('Office.Settings: the name of a setting must be a non-empty string');
  return name;
}

function checkValue(value: unknown): unknown {
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') {
    throw new TypeError('Office.Settings: a value must be a string, number, boolean, null, object or array');
  }
  return value;
}

export class SimDocumentSettings {
  private copy = new Map<string, string>();

  constructor(private readonly store: DocumentSettingsStore) {
    this.load();
  }

  private load(): void {
    this.copy = new Map(Object.entries(this.store.saved));
  }

  get(name: string): unknown {
    const json = this.copy.get(checkName(name));
    return json === undefined ? null : (JSON.parse(json) as unknown);
  }

  set(name: string, value: unknown): void {
    this.copy.set(checkName(name), JSON.stringify(checkValue(value)));
  }

  remove(name: string): void {
    this.copy.delete(checkName(name));
  }

  saveAsync(optionsOrCallback?: { asyncContext?: unknown } | Callback<void>, callback?: Callback<void>): void {
    const options = typeof optionsOrCallback === 'function' ? {} : (optionsOrCallback ?? {});
    const done = typeof optionsOrCallback === 'function' ? optionsOrCallback : callback;
    const failed = this.store.failNextSave;
    this.store.failNextSave = false;
    if (!failed) {
      this.store.saved = Object.fromEntries(this.copy);
      this.store.saves++;
    }
    const result: SimAsyncResult<void> = failed
      ? { status: 'failed', value: undefined, error: { name: 'Internal Error', message: 'An internal error has occurred.', code: 5001 }, asyncContext: options.asyncContext }
      : { status: 'succeeded', value: undefined, asyncContext: options.asyncContext };
    setTimeout(() => done?.(result), 0);
  }

  refreshAsync(callback?: Callback<SimDocumentSettings>): void {
    this.load();
    setTimeout(() => callback?.({ status: 'succeeded', value: this }), 0);
  }
}
