// First: what EdgeHTML 18 and Safari 13 lack beyond core-js's polyfills (TextDecoder, Blob#arrayBuffer …).
import './polyfills';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { langFromLocale, type Lang } from '../core/i18n/format';
import { OfficeExcelHost } from '../excel/office-host';
import { OfficeSettingsStore } from '../excel/settings';
import { App } from './App';
import { LazyOfficeValidationHost } from './lazy-validation-host';
import { LangProvider } from './i18n';
import { NotInExcel } from './NotInExcel';
import { PaneThemeProvider } from './theme';

/** Entry of taskpane.html: wait for Office, then render the pane — or say it must be opened in Excel. */

// Office.onReady settles within a second or two in Excel; past this, the page is not in an Office host.
const OFFICE_READY_TIMEOUT_MS = 15_000;

const root = createRoot(document.getElementById('container')!);

function show(lang: Lang, ui: ReactNode): void {
  document.documentElement.lang = lang;
  root.render(<PaneThemeProvider>{ui}</PaneThemeProvider>);
}

function showNotInExcel(locale: string | undefined): void {
  const lang = langFromLocale(locale);
  show(
    lang,
    <LangProvider lang={lang}>
      <NotInExcel />
    </LangProvider>,
  );
}

/** Office's display language, when Office has a context at all (not in a plain browser). */
function displayLanguage(): string | undefined {
  try {
    return Office.context?.displayLanguage || undefined;
  } catch {
    return undefined;
  }
}

if (typeof Office === 'undefined') {
  // office.js did not load (no network, or the page was opened on its own).
  showNotInExcel(navigator.language);
} else {
  const giveUp = setTimeout(() => showNotInExcel(navigator.language), OFFICE_READY_TIMEOUT_MS);
  void Office.onReady((info) => {
    clearTimeout(giveUp);
    const locale = displayLanguage() ?? navigator.language;
    if (info.host !== Office.HostType.Excel) {
      showNotInExcel(locale);
      return;
    }
    const lang = langFromLocale(locale);
    const settings = new OfficeSettingsStore();
    show(lang, <App host={new OfficeExcelHost()} validationHost={new LazyOfficeValidationHost()} settings={settings} lang={lang} />);
  });
}
