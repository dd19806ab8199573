import { rangeA1 } from '../core/sheet/address';
import type { ConditionalFormatModel } from '../core/sheet/model';

/**
 * The model's formula-based conditional formats on an Excel.Worksheet proxy (ExcelApi 1.6), queued
 * without a sync, before the sheet is protected (a protected sheet refuses them). Excel puts each new
 * conditional format on top, so they are added last first: the model's first ends with the highest
 * priority, as the .xlsx writer's priority="1". A format over several ranges is added once per range:
 * the model gives such formats absolute references only, so each copy means the same.
 */
export function queueConditionalFormats(ws: Excel.Worksheet, formats: readonly ConditionalFormatModel[]): void {
  for (const cf of [...formats].reverse()) {
    if (cf.formula.trim() === '') continue;
    for (const r of [...cf.ranges].reverse()) {
      const added = ws.getRange(rangeA1(r.row, r.col, r.rows, r.cols)).conditionalFormats.add('Custom');
      added.custom.rule.formula = cf.formula.startsWith('=') ? cf.formula : `=${cf.formula}`;
      if (cf.style.fill) added.custom.format.fill.color = `#${cf.style.fill}`;
      if (cf.style.color) added.custom.format.font.color = `#${cf.style.color}`;
      if (cf.style.bold) added.custom.format.font.bold = true;
      if (cf.stopIfTrue) added.stopIfTrue = true;
    }
  }
}
