import type { CellModel, SheetModel, WorkbookModel } from '../../src/core/sheet/model';
import { readWorkbook } from '../../src/xlsx/read';
import { cellAt } from '../../src/xlsx/read-cells';
import { WorkbookWriter, writeWorkbook } from '../../src/xlsx/write';
import { sampleSheet, sampleWorkbook } from './fixtures';

/** The sample workbook with the title cell's text replaced (a unit's name, say). */
function titled(title: string, more: Partial<SheetModel> = {}): WorkbookModel {
  const sheet = sampleSheet(more);
  return sampleWorkbook([{ ...sheet, cells: sheet.cells.map((c): CellModel => (c.row === 0 && c.col === 0 ? { ...c, value: title } : c)) }]);
}

const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

describe('WorkbookWriter: one workbook after another, reusing what they share', () => {
  test('every file has the bytes writeWorkbook gives it alone, whatever came before', () => {
    const writer = new WorkbookWriter();
    const models = [
      titled('LĐLĐ huyện Ba Bể'),
      titled('LĐLĐ huyện Pác Nặm'),
      // The title is now a text the sheet also holds elsewhere: the shared-string indexes differ.
      titled('Chỉ tiêu'),
      titled('LĐLĐ huyện Na Rì', { columnWidths: [40, 9, 12, 12] }),
      titled('LĐLĐ huyện Chợ Đồn'),
      titled(''),
      titled('LĐLĐ huyện Ngân Sơn'),
    ];
    const reused: number[] = [];
    for (const model of [...models, ...[...models].reverse()]) {
      expect(same(writer.write(model), writeWorkbook(model))).toBe(true);
      reused.push(writer.reusedSheets);
    }
    // Both sheets (the annex, the identity sheet) are taken from the workbook before when only the
    // title's text changed; none when the title became a text already in use (every later index
    // moves), nor after a change of shape (widths; an empty title).
    expect(reused).toEqual([0, 2, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 2]);
  });

  test('a reused sheet still reads back with its own unit', () => {
    const writer = new WorkbookWriter();
    writer.write(titled('LĐLĐ huyện Ba Bể'));
    const back = readWorkbook(writer.write(titled('LĐLĐ huyện Pác Nặm')));
    if (!back.ok) throw new Error(JSON.stringify(back.error));
    expect(cellAt(back.workbook.sheets[0], 0, 0)?.value).toBe('LĐLĐ huyện Pác Nặm');
    expect(cellAt(back.workbook.sheets[0], 4, 2)?.value).toBe(1250);
  });
});
