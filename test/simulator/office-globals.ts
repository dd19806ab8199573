/**
 * Installs `Office` and `Excel` globals backed by a simulator, the way the add-in finds them inside
 * Excel: `Office.onReady`, `Office.context.displayLanguage`,
 * `Office.context.requirements.isSetSupported('ExcelApi', '1.x')`, `Office.HostType.Excel`,
 * `Office.context.document.settings` (document-settings.ts), `Office.context.officeTheme` and
 * `Office.context.partitionKey`.
 */
import { DocumentSettingsStore, SimDocumentSettings } from './document-settings';
import { compareVersions, type WorkbookSimulator } from './simulator';

/** Office.OfficeTheme: the four colours and isDarkTheme (Excel on the web, Windows, Mac, iPad). */
export interface SimOfficeTheme {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
  controlBackgroundColor: string;
  controlForegroundColor: string;
  isDarkTheme: boolean;
}

/** The colours Office reports for its "White" and "Black" themes (what the pane is tested with). */
export const OFFICE_THEMES: Record<'light' | 'dark', SimOfficeTheme> = {
  light: { bodyBackgroundColor: '#FFFFFF', bodyForegroundColor: '#262626', controlBackgroundColor: '#FFFFFF', controlForegroundColor: '#262626', isDarkTheme: false },
  dark: { bodyBackgroundColor: '#262626', bodyForegroundColor: '#FFFFFF', controlBackgroundColor: '#363636', controlForegroundColor: '#FFFFFF', isDarkTheme: true },
};

export interface OfficeGlobalsOptions {
  displayLanguage?: string;
  /** Highest ExcelApi set supported; null for none. Also applied to the simulator. Default "1.9". */
  supportedExcelApi?: string | null;
  /**
   * What isSetSupported answers, when it must differ from what the simulator does (a test that
   * bypasses the adapter's gates to show which set a feature really needs).
   */
  claimedExcelApi?: string;
  /** The document's saved settings (shared by every "session" over the same workbook). Default: empty. */
  documentSettings?: DocumentSettingsStore;
  /** Office.context.officeTheme; null: the host has none. Default: the light theme. */
  officeTheme?: SimOfficeTheme | null;
  /** Office.context.partitionKey (Excel on the web partitions storage; undefined on Windows). */
  partitionKey?: string;
}

export interface SimOffice {
  onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
  context: {
    displayLanguage: string;
    requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
    document: { settings: SimDocumentSettings };
    officeTheme?: SimOfficeTheme;
    partitionKey?: string;
  };
  AsyncResultStatus: { Succeeded: 'succeeded'; Failed: 'failed' };
  HostType: { Excel: 'Excel' };
  PlatformType: { PC: 'PC'; OfficeOnline: 'OfficeOnline'; Mac: 'Mac' };
}

function versionText(v: string | number | undefined): string {
  if (v === undefined) return '1.1';
  // 1.10 as a number is 1.1: callers should pass strings, as Microsoft's docs advise.
  return typeof v === 'number' ? String(v) : v;
}

export function makeOffice(sim: WorkbookSimulator, displayLanguage: string, claimed?: string, more: Pick<OfficeGlobalsOptions, 'documentSettings' | 'officeTheme' | 'partitionKey'> = {}): SimOffice {
  const info = { host: 'Excel', platform: 'OfficeOnline' };
  const theme = more.officeTheme === undefined ? OFFICE_THEMES.light : more.officeTheme;
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
      document: { settings: new SimDocumentSettings(more.documentSettings ?? new DocumentSettingsStore()) },
      ...(theme && { officeTheme: { ...theme } }),
      ...(more.partitionKey !== undefined && { partitionKey: more.partitionKey }),
    },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    HostType: { Excel: 'Excel' },
    PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac' },
  };
}

/** Defines globalThis.Office and globalThis.Excel; returns a function that restores what was there. */
export function installOfficeGlobals(sim: WorkbookSimulator, options: OfficeGlobalsOptions = {}): () => void {
  if (options.supportedExcelApi !== undefined) sim.excelApi = options.supportedExcelApi;
  const g = globalThis as unknown as Record<string, unknown>;
  const previous = { Office: g.Office, Excel: g.Excel };
  g.Office = makeOffice(sim, options.displayLanguage ?? 'vi-VN', options.claimedExcelApi, options);
  g.Excel = sim.excel;
  return () => {
    if (previous.Office === undefined) delete g.Office;
    else g.Office = previous.Office;
    if (previous.Excel === undefined) delete g.Excel;
    else g.Excel = previous.Excel;
  };
}
