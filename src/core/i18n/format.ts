/** Message catalogue mechanics: every user-visible text lives in a catalogue under core/i18n. */

export type Lang = 'vi' | 'en';

export interface Message {
  vi: string;
  en: string;
}

export type Catalogue = Record<string, Message>;

export type Params = Record<string, string | number>;

/** Fills "{name}" placeholders; numbers are written the Vietnamese way in Vietnamese (1.250,5). */
export function fill(template: string, params: Params | undefined, lang: Lang): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, key)) return whole;
    const v = params[key];
    return typeof v === 'number' ? formatNumber(v, lang) : v;
  });
}

/** 1250.5 → "1.250,5" (vi) or "1,250.5" (en); integers without decimals. */
export function formatNumber(n: number, lang: Lang): string {
  if (!Number.isFinite(n)) return String(n);
  const [thousands, decimal] = lang === 'vi' ? ['.', ','] : [',', '.'];
  const negative = n < 0;
  const text = Math.abs(n).toFixed(Number.isInteger(n) ? 0 : 6).replace(/\.?0+$/, (m) => (m.startsWith('.') ? '' : m));
  const [int, frac] = text.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  return (negative ? '-' : '') + grouped + (frac ? decimal + frac : '');
}

/** Picks the language from an Office display language such as "vi-VN" or "en-US". */
export function langFromLocale(locale: string | undefined | null): Lang {
  return locale && locale.toLowerCase().startsWith('vi') ? 'vi' : locale ? 'en' : 'vi';
}

export function makeTranslator<C extends Catalogue>(catalogue: C) {
  return (lang: Lang, key: keyof C & string, params?: Params): string => fill(catalogue[key][lang], params, lang);
}
