/** A worksheet's protection, freeze panes and page layout. */
import { MAX_COLS, MAX_ROWS, parseAddress, type Rect } from './address';
import { SimClientObject, type ContextCore } from './client-object';
import { fail } from './errors';
import { SimRange } from './range-proxies';
import type { SimWorksheet } from './sheet-proxies';
import type { SimSheet } from './workbook-state';

/** Parts of a worksheet resolve through it. */
abstract class SheetPart extends SimClientObject<SimSheet> {
  constructor(
    context: ContextCore,
    typeName: string,
    protected readonly sheet: SimWorksheet,
  ) {
    super(context, typeName);
  }

  target(): SimSheet | null {
    return this.sheet.target();
  }
}

export class SimWorksheetProtection extends SheetPart {
  constructor(context: ContextCore, sheet: SimWorksheet) {
    super(context, 'WorksheetProtection', sheet);
  }

  protected scalars(): Record<string, (s: SimSheet) => unknown> {
    return { protected: (s) => s.protection.protected, options: (s) => ({ ...s.protection.options }) };
  }

  get protected(): boolean {
    return this.read('protected');
  }
  get options(): Record<string, unknown> {
    return this.read('options');
  }

  /** Protecting an already protected sheet is refused (current Excel builds answer AccessDenied). */
  protect(options?: Record<string, unknown>, password?: string): void {
    this.call('protect', (s) => {
      if (password !== undefined) this.context.requireMember('WorksheetProtection', 'protect', 'password');
      if (s.protection.protected) fail('AccessDenied', 'WorksheetProtection.protect');
      s.protection = { protected: true, options: { ...(options ?? {}) }, ...(password !== undefined && { password }) };
    });
  }

  unprotect(password?: string): void {
    this.call('unprotect', (s) => {
      if (s.protection.password !== undefined && s.protection.password !== password) fail('InvalidArgument', 'WorksheetProtection.unprotect');
      s.protection = { protected: false, options: {} };
    });
  }
}

/**
 * freezeRows / freezeColumns replace the whole frozen pane (as the ribbon's "Freeze Top Row" does):
 * calling both leaves only the second. freezeAt freezes rows and columns together.
 */
export class SimFreezePanes extends SheetPart {
  constructor(context: ContextCore, sheet: SimWorksheet) {
    super(context, 'WorksheetFreezePanes', sheet);
  }

  protected scalars(): Record<string, (s: SimSheet) => unknown> {
    return {};
  }

  private freeze(method: string, compute: (s: SimSheet) => { rows: number; cols: number }): void {
    this.call(method, (s) => {
      s.freeze = compute(s);
    });
  }

  freezeRows(count = 1): void {
    this.freeze('freezeRows', () => ({ rows: checkCount(count, MAX_ROWS, 'freezeRows'), cols: 0 }));
  }

  freezeColumns(count = 1): void {
    this.freeze('freezeColumns', () => ({ rows: 0, cols: checkCount(count, MAX_COLS, 'freezeColumns') }));
  }

  freezeAt(frozenRange: SimRange | string): void {
    this.freeze('freezeAt', (s) => {
      let rect: Rect;
      if (typeof frozenRange === 'string') rect = parseAddress(frozenRange).rect;
      else {
        const t = frozenRange.target();
        if (!t || t.sheet !== s) return fail('InvalidArgument', 'WorksheetFreezePanes.freezeAt');
        rect = t.rect;
      }
      return { rows: rect.row + rect.rows, cols: rect.col + rect.cols };
    });
  }

  unfreeze(): void {
    this.freeze('unfreeze', () => ({ rows: 0, cols: 0 }));
  }

  getLocationOrNullObject(): SimRange {
    return new SimRange(
      this.context,
      () => {
        const s = this.sheet.target();
        if (!s || (!s.freeze.rows && !s.freeze.cols)) return null;
        return { sheet: s, rect: { row: 0, col: 0, rows: s.freeze.rows || MAX_ROWS, cols: s.freeze.cols || MAX_COLS } };
      },
      true,
    ).through(this, 'WorksheetFreezePanes', 'getLocationOrNullObject');
  }
}

function checkCount(count: number, max: number, method: string): number {
  if (!Number.isInteger(count) || count < 0 || count >= max) fail('InvalidArgument', `WorksheetFreezePanes.${method}`);
  return count;
}

const PAPER_TYPES = ['Letter', 'LetterSmall', 'Tabloid', 'Ledger', 'Legal', 'Statement', 'Executive', 'A3', 'A4', 'A4Small', 'A5', 'B4', 'B5', 'Folio', 'Quatro'];

export class SimPageLayout extends SheetPart {
  constructor(context: ContextCore, sheet: SimWorksheet) {
    super(context, 'PageLayout', sheet);
  }

  protected scalars(): Record<string, (s: SimSheet) => unknown> {
    return {
      orientation: (s) => s.pageLayout.orientation,
      paperSize: (s) => s.pageLayout.paperSize,
      zoom: (s) => ({ ...s.pageLayout.zoom }),
    };
  }

  private set19(name: string, value: unknown, apply: (s: SimSheet) => void): void {
    this.write(name, value, apply);
  }

  get orientation(): string {
    return this.read('orientation');
  }
  set orientation(v: string) {
    this.set19('orientation', v, (s) => {
      if (v !== 'Portrait' && v !== 'Landscape') fail('InvalidArgument', 'PageLayout.orientation');
      s.pageLayout.orientation = v;
    });
  }

  get paperSize(): string {
    return this.read('paperSize');
  }
  set paperSize(v: string) {
    this.set19('paperSize', v, (s) => {
      if (!PAPER_TYPES.includes(v)) fail('InvalidArgument', 'PageLayout.paperSize');
      s.pageLayout.paperSize = v;
    });
  }

  /** Must be set as a whole object; a scale and fit-to-pages exclude each other. */
  get zoom(): Record<string, number> {
    return this.read('zoom');
  }
  set zoom(v: Record<string, number>) {
    this.set19('zoom', v, (s) => {
      const location = 'PageLayout.zoom';
      if (!v || typeof v !== 'object') fail('InvalidArgument', location);
      const { scale, horizontalFitToPages, verticalFitToPages, ...rest } = v;
      if (Object.keys(rest).length) fail('InvalidArgument', location);
      const fit = horizontalFitToPages !== undefined || verticalFitToPages !== undefined;
      if (scale !== undefined && (fit || !Number.isFinite(scale) || scale < 10 || scale > 400)) fail('InvalidArgument', location);
      for (const n of [horizontalFitToPages, verticalFitToPages]) if (n !== undefined && (!Number.isInteger(n) || n < 0 || n > 32767)) fail('InvalidArgument', location);
      s.pageLayout.zoom = { ...v };
    });
  }
}
