import { defaultPack } from '../../../src/core/load/load-pack';
import { renderWorkbook } from '../../../src/core/workbook/render-workbook';
import { TemplateFactory } from '../../../src/core/workbook/template-factory';
import { WorkbookWriter, writeWorkbook } from '../../../src/xlsx/write';

const pack = defaultPack();

describe('TemplateFactory: the templates of many units, built once and stamped', () => {
  test('every unit of the default pack gets exactly the model renderWorkbook gives it', () => {
    const factory = new TemplateFactory(pack);
    for (const unit of [...pack.units, { code: pack.issuer.code }]) {
      expect(JSON.stringify(factory.workbook(unit.code))).toBe(JSON.stringify(renderWorkbook(pack, unit.code)));
    }
  });

  test('the same with some annexes only, and without the check sheet', () => {
    const some = new TemplateFactory(pack, ['PL07', 'PL02']);
    const bare = new TemplateFactory(pack, undefined, { checks: false });
    for (const unit of pack.units.slice(0, 4)) {
      expect(JSON.stringify(some.workbook(unit.code))).toBe(JSON.stringify(renderWorkbook(pack, unit.code, ['PL07', 'PL02'])));
      expect(JSON.stringify(bare.workbook(unit.code))).toBe(JSON.stringify(renderWorkbook(pack, unit.code, undefined, { checks: false })));
    }
  });

  test('written one after another, reusing parts, each file has the bytes it has alone', () => {
    const factory = new TemplateFactory(pack);
    const writer = new WorkbookWriter();
    for (const unit of pack.units.slice(0, 5)) {
      const model = factory.workbook(unit.code);
      expect(Buffer.from(writer.write(model)).equals(Buffer.from(writeWorkbook(renderWorkbook(pack, unit.code))))).toBe(true);
    }
  });

  test('an unknown unit is refused as by renderWorkbook', () => {
    expect(() => new TemplateFactory(pack).workbook('NOPE')).toThrow('unknown unit NOPE');
    expect(() => new TemplateFactory(pack, ['PL99'])).toThrow('unknown annex PL99');
  });
});
