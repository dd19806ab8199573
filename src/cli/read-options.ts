import { CHECK_SHEET_NAME } from '../core/checks/layout';

/** The check sheet is never read by validation or merge (they recompute it): the reader skips it. */
export const skipCheckSheet = (name: string): boolean => name === CHECK_SHEET_NAME;
