/**
 * Installs `Office` and `Excel` globals backed by a simulator, the way the add-in finds them inside
 * Excel: `Office.onReady`, `Office.context.displayLanguage`,
 * `Office.context.requirements.isSetSupported('ExcelApi', '1.x')`, `Office.HostType.Excel`.
 */
import { compareVersions, type WorkbookSimulator } from './simulator';

export interface OfficeGlobalsOptions {
  displayLanguage?: string;
  /** Highest ExcelApi set supported; null for none. Also applied to the simulator. Default "1.9". */
  supportedExcelApi?: string | null;
  /**
   * What isSetSupported answers, when it must differ from what the simulator does (a test that
   * bypasses the adapter's gates to show which set a feature really needs).
   */
  claimedExcelApi?: string;
  /** The document's saved settings (JSON texts by name), as Office loads them with the workbook. */
  settings?: SimSettingsStore;
}

/** Where saved settings live: in the document. A test keeps one to "reopen" the workbook. */
export interface SimSettingsStore {
  saved: Record<string, string>;
}

type AsyncResult = { status: 'succeeded' | 'failed'; value: undefined; error?: { name: string; message: string; code: number } };

/**
 * Office.context.document.settings as Office.js has it: a copy of the saved settings is loaded with
 * the document; `get` answers from it (null when absent), `set`/`remove` change it in memory only,
 * `saveAsync` writes it into the document (values as JSON, so what comes back on reopening is a copy).
 */
export class SimSettings {
  private current: Map<string, unknown>;
  /** Test hook: the next saveAsync fails, as when the document is read-only. */
  failNextSave = false;

  constructor(private readonly store: SimSettingsStore = { saved: {} }) {
    this.current = new Map(Object.entries(store.saved).map(([k, v]) => [k, JSON.parse(v) as unknown]));
  }

  get(name: string): unknown {
    if (typeof name !== 'string') throw new TypeError('Settings.get: name must be a string');
    return this.current.has(name) ? this.current.get(name) : null;
  }

  set(name: string, value: unknown): void {
    if (typeof name !== 'string') throw new TypeError('Settings.set: name must be a string');
    if (value === undefined) throw new TypeError('Settings.set: value must be JSON-serializable');
    this.current.set(name, value);
  }

  remove(name: string): void {
    this.current.delete(name);
  }

  saveAsync(optionsOrCallback?: unknown, maybeCallback?: (result: AsyncResult) => void): void {
    const callback = typeof optionsOrCallback === 'function' ? (optionsOrCallback as (r: AsyncResult) => void) : maybeCallback;
    const failed = this.failNextSave;
    this.failNextSave = false;
    if (!failed) this.store.saved = Object.fromEntries([...this.current].map(([k, v]) => [k, JSON.stringify(v)]));
    const result: AsyncResult = failed
      ? { status: 'failed', value: undefined, error: { name: 'Internal Error', message: 'An internal error has occurred.', code: 5001 } }
      : { status: 'succeeded', value: undefined };
    // Office calls back asynchronously.
    setTimeout(() => callback?.(result), 0);
  }
}

export interface SimOffice {
  onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
  context: {
    displayLanguage: string;
    requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
    document: { settings: SimSettings };
  };
  HostType: { Excel: 'Excel' };
  AsyncResultStatus: { Succeeded: 'succeeded'; Failed: 'failed' };
  PlatformType: { PC: 'PC'; OfficeOnline: 'OfficeOnline'; Mac: 'Mac' };
}

function versionText(v: string | number | undefined): string {
  if (v === undefined) return '1.1';
  // 1.10 as a number is 1.1: callers should pass strings, as Microsoft's docs advise.
  return typeof v === 'number' ? String(v) : v;
}

export function makeOffice(sim: WorkbookSimulator, displayLanguage: string, claimed?: string, settings?: SimSettingsStore): SimOffice {
  const info = { host: 'Excel', platform: 'OfficeOnline' };
  return {
    onReady(callback) {
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      displayLanguage,
      requirements: {
        isSetSupported(name, minVersion) {
          const level = claimed ?? sim.excelApi;
          if (name !== 'ExcelApi' || level === null) return false;
          return compareVersions(level, versionText(minVersion)) >= 0;
        },
      },
      document: { settings: new SimSettings(settings) },
    },
    HostType: { Excel: 'Excel' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac' },
  };
}

/** Defines globalThis.Office and globalThis.Excel; returns a function that restores what was there. */
export function installOfficeGlobals(sim: WorkbookSimulator, options: OfficeGlobalsOptions = {}): () => void {
  if (options.supportedExcelApi !== undefined) sim.excelApi = options.supportedExcelApi;
  const g = globalThis as unknown as Record<string, unknown>;
  const previous = { Office: g.Office, Excel: g.Excel };
  g.Office = makeOffice(sim, options.displayLanguage ?? 'vi-VN', options.claimedExcelApi, options.settings);
  g.Excel = sim.excel;
  return () => {
    if (previous.Office === undefined) delete g.Office;
    else g.Office = previous.Office;
    if (previous.Excel === undefined) delete g.Excel;
    else g.Excel = previous.Excel;
  };
}
