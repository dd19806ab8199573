import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { ExcelHost, ValidationHost } from '../excel/host';
import type { SettingsStore } from '../excel/settings';

/**
 * Components reach Excel only through the hosts given here: production passes the Office.js hosts,
 * tests pass simulator-backed or fake ones. The Biểu mẫu and Tổng hợp tabs use the ExcelHost, the
 * Kiểm tra tab the ValidationHost; every tab remembers its choices in the SettingsStore.
 */

interface Hosts {
  host: ExcelHost;
  validationHost: ValidationHost;
  settings: SettingsStore;
}

const HostContext = createContext<Hosts | null>(null);

export function HostProvider({ host, validationHost, settings, children }: Hosts & { children: ReactNode }) {
  const hosts = useMemo(() => ({ host, validationHost, settings }), [host, validationHost, settings]);
  return <HostContext.Provider value={hosts}>{children}</HostContext.Provider>;
}

function useHosts(hook: string): Hosts {
  const hosts = useContext(HostContext);
  if (!hosts) throw new Error(`${hook}: no host provided (wrap the pane in <HostProvider>)`);
  return hosts;
}

export function useExcelHost(): ExcelHost {
  return useHosts('useExcelHost').host;
}

export function useValidationHost(): ValidationHost {
  return useHosts('useValidationHost').validationHost;
}

export function useSettings(): SettingsStore {
  return useHosts('useSettings').settings;
}

/** The pane's tabs, and how a "next step" moves the user to another one. */
export type TabId = 'templates' | 'validate' | 'merge';

const NavContext = createContext<(tab: TabId) => void>(() => undefined);

export const NavProvider = NavContext.Provider;

export function useGoToTab(): (tab: TabId) => void {
  return useContext(NavContext);
}
