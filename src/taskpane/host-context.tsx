import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { ExcelHost, ValidationHost } from '../excel/host';

/**
 * Components reach Excel only through the hosts given here: production passes the Office.js hosts,
 * tests pass simulator-backed or fake ones. The Biểu mẫu tab uses the ExcelHost, the Kiểm tra tab the
 * ValidationHost.
 */

interface Hosts {
  host: ExcelHost;
  validationHost: ValidationHost;
}

const HostContext = createContext<Hosts | null>(null);

export function HostProvider({ host, validationHost, children }: Hosts & { children: ReactNode }) {
  const hosts = useMemo(() => ({ host, validationHost }), [host, validationHost]);
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
