/**
 * `annex pack export | build | check` (src/cli/pack-command.ts): the default pack to its workbook and
 * back, exactly; either form checked; every problem of a pack workbook listed with its sheet and cell.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { main } from '../../src/cli/main';
import { defaultPack, loadPack } from '../../src/core/load/load-pack';
import { packWorkbook } from '../../src/core/packbook/export';
import { writeWorkbook } from '../../src/xlsx/write';
import { leafDifferences } from '../core/packbook/helpers';

function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('annex pack', () => {
  const pack = defaultPack();
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'annex-pack-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('export then build gives back the default pack exactly, field for field', () => {
    const book = join(dir, 'bo-mau.xlsx');
    const json = join(dir, 'bo-mau.json');
    const exported = run(['pack', 'export', '--out', book]);
    expect(exported).toMatchObject({ code: 0, err: '' });
    expect(exported.out).toBe(`Đã ghi sổ bộ mẫu ${book}: ${pack.id} ${pack.version}, ${pack.units.length} đơn vị, ${pack.annexes.length} phụ lục, ${pack.rules.length} quy tắc`);
    const built = run(['pack', 'build', book, '--out', json]);
    expect(built).toMatchObject({ code: 0, err: '' });
    expect(leafDifferences(pack, loadPack(JSON.parse(readFileSync(json, 'utf8')), 'bo-mau.json'))).toEqual([]);
    // An existing file is kept unless --force.
    expect(run(['pack', 'build', book, '--out', json]).code).toBe(2);
    expect(run(['pack', 'build', book, '--out', json, '--force']).code).toBe(0);
  });

  test('check takes either form; build refuses a JSON pack', () => {
    const book = join(dir, 'check.xlsx');
    const json = join(dir, 'check.json');
    writeFileSync(book, writeWorkbook(packWorkbook(pack)));
    writeFileSync(json, JSON.stringify(pack));
    expect(run(['pack', 'check', book])).toMatchObject({ code: 0, out: expect.stringMatching(/^Bộ mẫu hợp lệ \(Excel\): /) });
    expect(run(['pack', 'check', json, '--lang', 'en'])).toMatchObject({ code: 0, out: expect.stringMatching(/^The pack is valid \(JSON\): /) });
    const build = run(['pack', 'build', json, '--out', join(dir, 'x.json')]);
    expect(build.code).toBe(2);
    expect(build.err).toContain('"check.json" không phải sổ bộ mẫu (.xlsx)');
  });

  test('a pack workbook with two problems: exit 2, both listed with their sheet and cell, nothing written', () => {
    const model = packWorkbook(pack);
    const units = model.sheets.find((s) => s.cells.some((c) => c.row === 0 && c.value === 'Cấp trên'))!;
    const parentCol = units.cells.find((c) => c.row === 0 && c.value === 'Cấp trên')!.col;
    const codeCol = units.cells.find((c) => c.row === 0 && c.value === 'Mã')!.col;
    const set = (row: number, col: number, value: string) => {
      units.cells = units.cells.filter((c) => !(c.row === row && c.col === col));
      units.cells.push({ row, col, value, style: '', locked: false });
    };
    set(2, parentCol, 'H99');
    set(4, codeCol, String(pack.units[1].code));
    const book = join(dir, 'hong.xlsx');
    writeFileSync(book, writeWorkbook(model));
    const checked = run(['pack', 'check', book]);
    expect(checked.code).toBe(2);
    const col = (c: number) => String.fromCharCode(65 + c);
    expect(checked.err).toContain(`${units.name}!${col(parentCol)}3: tham chiếu đến đơn vị "H99" không tồn tại`);
    expect(checked.err).toContain(`${units.name}!${col(codeCol)}5: trùng mã "${pack.units[1].code}"`);
    const out = join(dir, 'hong.json');
    expect(run(['pack', 'build', book, '--out', out]).code).toBe(2);
    expect(() => readFileSync(out)).toThrow();
  });

  test('usage mistakes say how to use it', () => {
    for (const args of [['pack'], ['pack', 'export'], ['pack', 'build', 'x.xlsx'], ['pack', 'check'], ['pack', 'frobnicate']]) {
      const r = run(args);
      expect(r.code).toBe(2);
      expect(r.err).toContain('Dùng: annex pack export');
    }
  });
});
