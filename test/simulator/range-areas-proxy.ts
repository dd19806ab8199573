/** RangeAreas (ExcelApi 1.9): several rectangles of one sheet, from `Worksheet.getRanges("D5, D7:E8")`. */
import { MAX_COLS, MAX_ROWS, parseAddress, qualifiedAddress } from './address';
import { SimClientObject, type ContextCore } from './client-object';
import { type AreasTarget, SimConditionalFormatCollection } from './conditional-format-proxies';
import { fail } from './errors';
import type { SimSheet } from './workbook-state';


/** Comma- or semicolon-separated A1 addresses of `sheet`; none = the whole sheet. Names are not simulated. */
export function parseAreas(sheet: SimSheet, address: string | undefined, location: string): AreasTarget {
  if (address === undefined) return { sheet, areas: [{ row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS }] };
  const parts = address.split(/[,;]/).map((p) => p.trim());
  if (parts.some((p) => p === '')) fail('InvalidArgument', location);
  const areas = parts.map((part) => {
    const parsed = parseAddress(part);
    if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) fail('InvalidArgument', location);
    return parsed.rect;
  });
  return { sheet, areas };
}

export class SimRangeAreas extends SimClientObject<AreasTarget> {
  private resolved: AreasTarget | undefined;
  private conditionalFormatsProxy?: SimConditionalFormatCollection;

  constructor(
    context: ContextCore,
    private readonly locate: () => AreasTarget,
  ) {
    super(context, 'RangeAreas');
  }

  /** Resolved once, at the first sync that uses it, like a Range. */
  target(): AreasTarget {
    this.resolved ??= this.locate();
    if (this.resolved.sheet.deleted) fail('ItemNotFound', 'RangeAreas', 'The worksheet has been deleted.');
    return this.resolved;
  }

  protected scalars(): Record<string, (t: AreasTarget) => unknown> {
    return {
      address: (t) => t.areas.map((a) => qualifiedAddress(t.sheet.name, a)).join(', '),
      areaCount: (t) => t.areas.length,
      cellCount: (t) => t.areas.reduce((n, a) => n + a.rows * a.cols, 0),
    };
  }

  get address(): string {
    return this.read('address');
  }
  get areaCount(): number {
    return this.read('areaCount');
  }
  get cellCount(): number {
    return this.read('cellCount');
  }

  /** One conditional format added here applies to every area. */
  get conditionalFormats(): SimConditionalFormatCollection {
    return (this.conditionalFormatsProxy ??= new SimConditionalFormatCollection(this.context, () => this.target()).through(this, 'RangeAreas', 'conditionalFormats'));
  }
}
