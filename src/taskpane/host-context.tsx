import { createContext, useContext, type ReactNode } from 'react';
import type { ExcelHost } from '../excel/host';

/**
 * Components reach Excel only through the ExcelHost given here: production passes the Office.js host,
 * tests pass a simulator-backed or fake one.
 */

const HostContext = createContext<ExcelHost | null>(null);

export function HostProvider({ host, children }: { host: ExcelHost; children: ReactNode }) {
  return <HostContext.Provider value={host}>{children}</HostContext.Provider>;
}

export function useExcelHost(): ExcelHost {
  const host = useContext(HostContext);
  if (!host) throw new Error('useExcelHost: no ExcelHost provided (wrap the pane in <HostProvider>)');
  return host;
}
