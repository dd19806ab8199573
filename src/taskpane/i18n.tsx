import { createContext, useCallback, useContext, type ReactNode } from 'react';
import { makeTranslator, type Lang, type Params } from '../core/i18n/format';
import { paneMessages, type PaneMessageKey } from '../core/i18n/pane-messages';

/** The pane's language, chosen once from Office's display language and shared by every component. */

export type Translate = (key: PaneMessageKey, params?: Params) => string;

const translate = makeTranslator(paneMessages);
const LangContext = createContext<Lang>('vi');

export function LangProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

export function useLang(): Lang {
  return useContext(LangContext);
}

export function useT(): Translate {
  const lang = useLang();
  return useCallback((key, params) => translate(lang, key, params), [lang]);
}
