/** One value cell of the pack: annex, row code, column code. */
export interface CellKey {
  annexId: string;
  rowCode: string;
  colCode: string;
}

/** "PL02|5|1": the key as one string, for maps. */
export function cellKeyId(k: CellKey): string {
  return `${k.annexId}|${k.rowCode}|${k.colCode}`;
}
