import { HostError, type SettingsHost } from './host';

/**
 * SettingsHost over Office.context.document.settings: `get` reads the in-memory copy Office loaded
 * with the document, `set` changes it and saves it into the document (saveAsync), so that the
 * setting travels with the workbook. A failed save is said as an Office error; nothing else throws.
 */
export class OfficeSettingsHost implements SettingsHost {
  private settings(): Office.Settings | null {
    try {
      return Office.context?.document?.settings ?? null;
    } catch {
      return null;
    }
  }

  get(name: string): string | null {
    const value: unknown = this.settings()?.get(name);
    return typeof value === 'string' ? value : null;
  }

  set(name: string, value: string | null): Promise<void> {
    const settings = this.settings();
    if (!settings) return Promise.reject(new HostError('unsupported', 'Office.context.document.settings'));
    if (value === null) settings.remove(name);
    else settings.set(name, value);
    return new Promise((resolve, reject) => {
      settings.saveAsync((result) => {
        if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
        else reject(new HostError('officeError', result.error?.message ?? 'saveAsync'));
      });
    });
  }
}

/** Settings kept in memory only: where Office has no document (tests, a plain browser). */
export class MemorySettingsHost implements SettingsHost {
  private readonly values = new Map<string, string>();

  get(name: string): string | null {
    return this.values.get(name) ?? null;
  }

  set(name: string, value: string | null): Promise<void> {
    if (value === null) this.values.delete(name);
    else this.values.set(name, value);
    return Promise.resolve();
  }
}
