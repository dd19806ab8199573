/**
 * What the pane remembers between sessions, in two places (Microsoft, "Persist add-in state and
 * settings", learn.microsoft.com/office/dev/add-ins/develop/persisting-add-in-state-and-settings):
 * - per workbook: `Office.context.document.settings` (Office.Settings: stored in the document, per
 *   add-in; Excel, Word, PowerPoint; loaded when the add-in starts; nothing is kept until
 *   `saveAsync`). Excel has no `roamingSettings` — that object is Outlook's;
 * - per user: the webview's `localStorage` (may be blocked: tested for), its keys prefixed with
 *   `Office.context.partitionKey` where Office partitions storage (Excel on the web), as the same
 *   article advises. `OfficeRuntime.storage` is for the shared runtime and custom functions, which
 *   this add-in does not use.
 * A failure to remember is never an error for the user: the pane then starts from its defaults.
 * The chosen pack is the exception: `get`/`set` (SettingsHost, document only) say a failed save, since
 * the pack a workbook is checked with must not silently fall back to another.
 * Every key is kept in the document under the prefix "annex." ("pack" → "annex.pack").
 */

import { HostError, type SettingsHost } from './host';

export interface SettingsStore extends SettingsHost {
  /** The value saved in this workbook, or undefined. */
  workbook(key: string): unknown;
  /** The value this user chose last, in any workbook, or undefined. */
  user(key: string): unknown;
  /** Saves the value in the workbook's settings and the user's storage; false if the workbook's could not be saved. */
  remember(key: string, value: unknown): Promise<boolean>;
  /** Saves (or, with null, removes) a value in the workbook's settings only. */
  setWorkbook(key: string, value: unknown): Promise<boolean>;
}

const PREFIX = 'annex.';

interface OfficeSettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback: (result: { status: string; error?: { message?: string } }) => void): void;
}

function documentSettings(): OfficeSettingsLike | null {
  try {
    const settings = typeof Office === 'undefined' ? undefined : (Office.context?.document?.settings as unknown as OfficeSettingsLike | undefined);
    return settings && typeof settings.get === 'function' && typeof settings.saveAsync === 'function' ? settings : null;
  } catch {
    return null;
  }
}

function webStorage(): Storage | null {
  try {
    const storage = window.localStorage;
    const probe = `${PREFIX}probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

function partitionKey(): string {
  try {
    return (typeof Office !== 'undefined' && Office.context?.partitionKey) || '';
  } catch {
    return '';
  }
}

export class OfficeSettingsStore implements SettingsStore {
  private readonly storage = typeof window === 'undefined' ? null : webStorage();

  get(name: string): string | null {
    const value = this.workbook(name);
    return typeof value === 'string' ? value : null;
  }

  set(name: string, value: string | null): Promise<void> {
    const settings = documentSettings();
    if (!settings) return Promise.reject(new HostError('unsupported', 'Office.context.document.settings'));
    return new Promise((resolve, reject) => {
      try {
        if (value === null) settings.remove(PREFIX + name);
        else settings.set(PREFIX + name, value);
        settings.saveAsync((result) => {
          if (result.status === 'succeeded') resolve();
          else reject(new HostError('officeError', result.error?.message ?? 'saveAsync'));
        });
      } catch (e) {
        reject(new HostError('officeError', e instanceof Error ? e.message : String(e)));
      }
    });
  }

  workbook(key: string): unknown {
    try {
      const value = documentSettings()?.get(PREFIX + key);
      return value === null ? undefined : value;
    } catch {
      return undefined;
    }
  }

  user(key: string): unknown {
    try {
      const text = this.storage?.getItem(partitionKey() + PREFIX + key);
      return text === null || text === undefined ? undefined : (JSON.parse(text) as unknown);
    } catch {
      return undefined;
    }
  }

  async remember(key: string, value: unknown): Promise<boolean> {
    try {
      this.storage?.setItem(partitionKey() + PREFIX + key, JSON.stringify(value));
    } catch {
      // Storage full or blocked: the workbook's copy still counts.
    }
    return this.setWorkbook(key, value);
  }

  setWorkbook(key: string, value: unknown): Promise<boolean> {
    const settings = documentSettings();
    if (!settings) return Promise.resolve(false);
    return new Promise((resolve) => {
      try {
        if (value === null || value === undefined) settings.remove(PREFIX + key);
        else settings.set(PREFIX + key, value);
        settings.saveAsync((result) => resolve(result.status === 'succeeded'));
      } catch {
        resolve(false);
      }
    });
  }
}

/** A store in memory (tests, and a pane outside Office). */
export class MemorySettingsStore implements SettingsStore {
  readonly workbookValues = new Map<string, unknown>();
  readonly userValues = new Map<string, unknown>();

  get(name: string): string | null {
    const value = this.workbookValues.get(name);
    return typeof value === 'string' ? value : null;
  }

  async set(name: string, value: string | null): Promise<void> {
    await this.setWorkbook(name, value);
  }

  workbook(key: string): unknown {
    return this.workbookValues.get(key);
  }

  user(key: string): unknown {
    return this.userValues.get(key);
  }

  async remember(key: string, value: unknown): Promise<boolean> {
    this.userValues.set(key, value);
    return this.setWorkbook(key, value);
  }

  async setWorkbook(key: string, value: unknown): Promise<boolean> {
    if (value === null || value === undefined) this.workbookValues.delete(key);
    else this.workbookValues.set(key, value);
    return true;
  }
}
