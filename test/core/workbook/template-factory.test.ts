import { defaultPack } from '../../../src/core/load/load-pack';
import { renderAnnexes } from '../../../src/core/sheet/render';
import { renderWorkbook, withUnitGlance } from '../../../src/core/workbook/render-workbook';
import { TemplateFactory } from '../../../src/core/workbook/template-factory';
import { WorkbookWriter, writeWorkbook } from '../../../src/xlsx/write';

const pack = defaultPack();

describe('TemplateFactory: the templates of many units, built once and stamped', () => {
  /** The general composition, built for this unit alone: its annexes, then a check sheet computed for them and the unit's glance. */
  const composed = (unit: string, annexIds?: string[]) => withUnitGlance(pack, unit, renderAnnexes(pack, unit, annexIds));

  test('every unit of the default pack gets exactly the model composed for it alone', () => {
    const factory = new TemplateFactory(pack);
    for (const unit of [...pack.units, { code: pack.issuer.code }]) {
      expect(JSON.stringify(factory.workbook(unit.code))).toBe(JSON.stringify(composed(unit.code)));
    }
  });

  test('the same with some annexes only, and without the check sheet', () => {
    const some = new TemplateFactory(pack, ['PL07', 'PL02']);
    const bare = new TemplateFactory(pack, undefined, { checks: false });
    for (const unit of pack.units.slice(0, 4)) {
      expect(JSON.stringify(some.workbook(unit.code))).toBe(JSON.stringify(composed(unit.code, ['PL07', 'PL02'])));
      expect(JSON.stringify(bare.workbook(unit.code))).toBe(JSON.stringify(renderAnnexes(pack, unit.code)));
    }
  });

  test('written one after another, reusing parts, each file has the bytes it has alone', () => {
    const factory = new TemplateFactory(pack);
    const writer = new WorkbookWriter();
    for (const unit of pack.units.slice(0, 5)) {
      const model = factory.workbook(unit.code);
      expect(Buffer.from(writer.write(model)).equals(Buffer.from(writeWorkbook(composed(unit.code))))).toBe(true);
    }
  });

  test('an unknown unit or annex is refused', () => {
    expect(() => renderWorkbook(pack, 'NOPE')).toThrow('unknown unit NOPE');
    expect(() => new TemplateFactory(pack).workbook('NOPE')).toThrow('unknown unit NOPE');
    expect(() => new TemplateFactory(pack, ['PL99'])).toThrow('unknown annex PL99');
  });
});
