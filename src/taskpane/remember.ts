import { useCallback, useState } from 'react';
import { useSettings } from './host-context';

/**
 * A choice the pane remembers — for this workbook (Office document settings) and for this user (the
 * webview's storage) — so the second day starts where the first ended: the workbook's own value
 * first, else the user's last, else the default. `accept` keeps only values that still make sense
 * (a unit the pack lists, annexes it has).
 */
export function useRemembered<T>(key: string, initial: T, accept: (value: unknown) => T | null): [T, (next: T) => void] {
  const settings = useSettings();
  const [value, setValue] = useState<T>(() => accept(settings.workbook(key)) ?? accept(settings.user(key)) ?? initial);
  const update = useCallback(
    (next: T) => {
      setValue(next);
      void settings.remember(key, next);
    },
    [settings, key],
  );
  return [value, update];
}
