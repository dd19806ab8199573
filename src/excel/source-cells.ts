import { BLANK, type CellValue, type SheetVisibility, type SourceCell, type SourceSheet } from '../core/report/cell-source';

/**
 * What Excel returns for a block of cells (`values`, `formulas`, `valueTypes`) turned into the
 * CellSource that validation reads — the same shapes the .xlsx reader produces. Pure, no Office.js.
 */

/** A block read in one piece: its top-left cell (0-based) and Excel's three arrays. */
export interface LoadedBlock {
  row: number;
  col: number;
  values: unknown[][];
  formulas: unknown[][];
  valueTypes: string[][];
}

const MAX_COLS = 16384;

export function sheetVisibility(visibility: string): SheetVisibility {
  return visibility === 'Hidden' ? 'hidden' : visibility === 'VeryHidden' ? 'veryHidden' : 'visible';
}

/** valueTypes says what the value is: an error's text ("#REF!") comes in `values`, like a string's. */
function cellValue(value: unknown, type: string | undefined): CellValue {
  switch (type) {
    case 'Empty':
      return BLANK.value;
    case 'Error':
      return { kind: 'error', code: String(value) };
    case 'String':
      return { kind: 'text', text: String(value ?? '') };
  }
  // Double, Integer, Boolean — and Unknown or RichValue, judged by the value itself.
  if (typeof value === 'number' && Number.isFinite(value)) return { kind: 'number', value };
  if (typeof value === 'boolean') return { kind: 'bool', value };
  if (typeof value === 'string' && value !== '') return { kind: 'text', text: value };
  return BLANK.value;
}

/**
 * For a cell without a formula, `formulas` holds the constant, and a text typed with an apostrophe
 * ("'=x") comes back without it ("=x"). So a formula is an "=" entry that is not the cell's own text.
 * (A formula whose result is its own text, such as =A1 next to A1 = "=A1", would read as text.)
 */
function formulaOf(value: unknown, formula: unknown): string | undefined {
  if (typeof formula !== 'string' || formula.length < 2 || !formula.startsWith('=')) return undefined;
  if (value === formula) return undefined;
  return formula.slice(1);
}

export function sourceCell(value: unknown, formula: unknown, type: string | undefined): SourceCell {
  const v = cellValue(value, type);
  const f = formulaOf(value, formula);
  if (f !== undefined) return { value: v, formula: f };
  return v.kind === 'blank' ? BLANK : { value: v };
}

/** A sheet filled block by block; cells outside the blocks read as blank. */
export class LoadedSheet implements SourceSheet {
  private readonly cells = new Map<number, SourceCell>();

  constructor(
    readonly name: string,
    readonly visibility: SheetVisibility,
    readonly rowCount: number,
    readonly colCount: number,
  ) {}

  addBlock(block: LoadedBlock): void {
    block.values.forEach((row, i) => {
      row.forEach((value, j) => {
        const cell = sourceCell(value, block.formulas[i]?.[j], block.valueTypes[i]?.[j]);
        if (cell !== BLANK) this.cells.set((block.row + i) * MAX_COLS + block.col + j, cell);
      });
    });
  }

  cell(row: number, col: number): SourceCell {
    return this.cells.get(row * MAX_COLS + col) ?? BLANK;
  }
}
