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
}

export interface SimOffice {
  onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
  context: {
    displayLanguage: string;
    requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
  };
  HostType: { Excel: 'Excel' };
  PlatformType: { PC: 'PC'; OfficeOnline: 'OfficeOnline'; Mac: 'Mac' };
}

function versionText(v: string | number | undefined): string {
  if (v === undefined) return '1.1';
  // 1.10 as a number is 1.1: callers should pass strings, as Microsoft's docs advise.
  return typeof v === 'number' ? String(v) : v;
}

export function makeOffice(sim: WorkbookSimulator, displayLanguage: string, claimed?: string): SimOffice {
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
    },
    HostType: { Excel: 'Excel' },
    PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac' },
  };
}

/** Defines globalThis.Office and globalThis.Excel; returns a function that restores what was there. */
export function installOfficeGlobals(sim: WorkbookSimulator, options: OfficeGlobalsOptions = {}): () => void {
  if (options.supportedExcelApi !== undefined) sim.excelApi = options.supportedExcelApi;
  const g = globalThis as unknown as Record<string, unknown>;
  const previous = { Office: g.Office, Excel: g.Excel };
  g.Office = makeOffice(sim, options.displayLanguage ?? 'vi-VN', options.claimedExcelApi);
  g.Excel = sim.excel;
  return () => {
    if (previous.Office === undefined) delete g.Office;
    else g.Office = previous.Office;
    if (previous.Excel === undefined) delete g.Excel;
    else g.Excel = previous.Excel;
  };
}
