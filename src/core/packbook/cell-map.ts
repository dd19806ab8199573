import { a1 } from '../sheet/address';

/**
 * Where each field of a compiled pack came from: JSON path → sheet and cell. An issue of the JSON
 * checks is put back on its cell by the longest path that was recorded ("annexes[PL01].rows[1].target
 * .years[0]" → the cell of "target.years").
 */

export interface CellRef {
  sheet: string;
  /** 0-based; -1: the whole sheet (a key–value item that is absent, named by `item`). */
  row: number;
  col: number;
  item?: string;
}

const LAST_SEGMENT = /(\.[^.[\]]+|\[[^\]]*\])$/;

export class CellMap {
  private readonly map = new Map<string, CellRef>();

  set(path: string, ref: CellRef): void {
    this.map.set(path, ref);
  }

  setIfAbsent(path: string, ref: CellRef): void {
    if (!this.map.has(path)) this.map.set(path, ref);
  }

  find(path: string): CellRef | undefined {
    let p = path;
    for (;;) {
      const ref = this.map.get(p);
      if (ref) return ref;
      const m = LAST_SEGMENT.exec(p);
      if (!m || m.index === 0) return undefined;
      p = p.slice(0, m.index);
    }
  }
}

/** "Quy tắc!D7", or "Đợt báo cáo (Hạn gửi)" for a whole sheet's item. */
export function cellLabel(ref: CellRef): string {
  if (ref.row < 0) return ref.item ? `${ref.sheet} (${ref.item})` : ref.sheet;
  return `${ref.sheet}!${a1(ref.row, ref.col)}`;
}
