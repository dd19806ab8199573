import { FluentProvider, teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import { useEffect, useState, type ReactNode } from 'react';

/**
 * The pane follows Office's theme, through Fluent's own themes:
 * - `Office.context.officeTheme` (Office.OfficeTheme: Excel on the web, Windows, Mac and iPad; not
 *   Android): its `isDarkTheme`, or, where a host lacks that member, the lightness of
 *   `bodyBackgroundColor` → webDarkTheme or webLightTheme;
 * - the operating system's high-contrast mode (the `forced-colors: active` media query; EdgeHTML's
 *   `-ms-high-contrast`) → teamsHighContrastTheme, followed live as the user switches it.
 */

export type ThemeName = 'light' | 'dark' | 'highContrast';

export const THEMES: Record<ThemeName, Theme> = { light: webLightTheme, dark: webDarkTheme, highContrast: teamsHighContrastTheme };

interface OfficeThemeLike {
  bodyBackgroundColor?: string;
  isDarkTheme?: boolean;
}

/** Relative lightness (0–1) of "#RRGGBB"; null for anything else. */
export function lightness(color: string | undefined): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color ?? '');
  if (!m) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function themeName(office: OfficeThemeLike | null | undefined, forcedColors: boolean): ThemeName {
  if (forcedColors) return 'highContrast';
  if (!office) return 'light';
  if (typeof office.isDarkTheme === 'boolean') return office.isDarkTheme ? 'dark' : 'light';
  const l = lightness(office.bodyBackgroundColor);
  return l !== null && l < 0.5 ? 'dark' : 'light';
}

function officeTheme(): OfficeThemeLike | null {
  try {
    return typeof Office === 'undefined' ? null : ((Office.context?.officeTheme as OfficeThemeLike | undefined) ?? null);
  } catch {
    return null;
  }
}

const FORCED_COLORS = ['(forced-colors: active)', '(-ms-high-contrast: active)'];

function forcedColorQueries(): MediaQueryList[] {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return [];
  return FORCED_COLORS.map((q) => window.matchMedia(q));
}

function useForcedColors(): boolean {
  const [forced, setForced] = useState(() => forcedColorQueries().some((q) => q.matches));
  useEffect(() => {
    const queries = forcedColorQueries();
    const update = () => setForced(queries.some((q) => q.matches));
    // addListener: Safari 13 and EdgeHTML have no addEventListener on a MediaQueryList.
    for (const q of queries) q.addListener(update);
    return () => {
      for (const q of queries) q.removeListener(update);
    };
  }, []);
  return forced;
}

/**
 * Fluent's provider with the theme Office and the system ask for; the page's own background follows it.
 * (No class on the provider: Fluent copies it onto the mount node of every popup.)
 */
export function PaneThemeProvider({ children }: { children: ReactNode }) {
  const forced = useForcedColors();
  const name = themeName(officeTheme(), forced);
  const theme = THEMES[name];
  useEffect(() => {
    document.body.style.backgroundColor = theme.colorNeutralBackground1;
    document.body.style.color = theme.colorNeutralForeground1;
    document.documentElement.setAttribute('data-theme', name);
  }, [theme, name]);
  return (
    <FluentProvider theme={theme}>
      {children}
    </FluentProvider>
  );
}
