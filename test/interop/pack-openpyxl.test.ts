/**
 * A pack workbook edited by another program: openpyxl (Debian python3-openpyxl) adds a unit at the end
 * of "Đơn vị" — the sheet whose headers are fixed because other tools write to it — and saves. The
 * built pack has the unit, and `annex template --pack` makes its workbook, carrying that pack.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { main } from '../../src/cli/main';
import { defaultPack } from '../../src/core/load/load-pack';
import { kindForm } from '../../src/core/pack/kind-form';
import { readEmbeddedPack } from '../../src/core/packbook/embed';
import { packWorkbook } from '../../src/core/packbook/export';
import { openWorkbookFile } from '../../src/xlsx/open-workbook';
import { PACK_CODEC } from '../../src/xlsx/pack-file';
import { writeWorkbook } from '../../src/xlsx/write';
import { requiring } from '../support/requires';

const PYTHON = '/usr/bin/python3';
const probe = spawnSync(PYTHON, ['-c', 'import openpyxl'], { stdio: 'ignore' });
const openpyxl = { what: 'openpyxl (Debian python3-openpyxl)', how: 'apt-get install python3-openpyxl', present: !probe.error && probe.status === 0 };

/** Appends a unit after the last filled row of "Đơn vị", its kind and parent copied from the row above (as an officer copies a row). */
const ADD_UNIT = `
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb['Đơn vị']
assert [c.value for c in ws[1]][:4] == ['Mã', 'Tên', 'Loại', 'Cấp trên'], [c.value for c in ws[1]]
last = max(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value not in (None, ''))
ws.cell(last + 1, 1, sys.argv[3])
ws.cell(last + 1, 2, sys.argv[4])
ws.cell(last + 1, 3, ws.cell(last, 3).value)
ws.cell(last + 1, 4, ws.cell(last, 4).value)
wb.save(sys.argv[2])
`;

function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const suite = requiring(openpyxl, 'pack workbook edited by openpyxl');

suite.describe('a pack workbook edited by openpyxl', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'pack-openpyxl-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('a unit appended to "Đơn vị" is in the built pack, and its template is made from the workbook', () => {
    const pack = defaultPack();
    const exported = join(dir, 'pack.xlsx');
    const edited = join(dir, 'pack-openpyxl.xlsx');
    writeFileSync(exported, writeWorkbook(packWorkbook(pack)));
    const py = spawnSync(PYTHON, ['-c', ADD_UNIT, exported, edited, 'H98', 'Công đoàn ngành Thử nghiệm (ví dụ)'], { encoding: 'utf8' });
    expect(py.stderr).toBe('');
    expect(py.status).toBe(0);

    const built = join(dir, 'pack.json');
    const r = run(['pack', 'build', edited, '--out', built]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(readFileSync(built, 'utf8')) as { units: Array<{ code: string; name: string; kind: string; parent: string }> };
    const last = pack.units[pack.units.length - 1];
    expect(json.units).toHaveLength(pack.units.length + 1);
    expect(json.units[json.units.length - 1]).toEqual({ code: 'H98', name: 'Công đoàn ngành Thử nghiệm (ví dụ)', kind: last.kind, parent: last.parent });

    const out = join(dir, 'H98.xlsx');
    const t = run(['template', '--pack', edited, '--unit', 'H98', '--out', out]);
    expect(t.err).toBe('');
    expect(t.code).toBe(0);
    const opened = openWorkbookFile({ name: 'H98.xlsx', bytes: new Uint8Array(readFileSync(out)) });
    if (!opened.ok) throw new Error(opened.message.en);
    const carried = readEmbeddedPack(opened.source, PACK_CODEC.decompress);
    expect(carried.kind === 'pack' && carried.pack.units.find((u) => u.code === 'H98')?.name).toBe('Công đoàn ngành Thử nghiệm (ví dụ)');
    // Each annex's identity cell names the unit.
    const textsOf = (sheet: (typeof opened.source.sheets)[number]) =>
      Array.from({ length: sheet.rowCount * sheet.colCount }, (_, i) => sheet.cell(Math.floor(i / sheet.colCount), i % sheet.colCount).value).flatMap((v) => (v.kind === 'text' ? [v.text] : []));
    const annexSheets = opened.source.sheets.filter((sheet) => pack.annexes.some((a) => a.sheetName === sheet.name));
    // The annexes its kind of unit fills (the appended unit copies the kind of the row above it).
    const form = kindForm(pack, pack.units[pack.units.length - 1].kind);
    expect(annexSheets.map((s) => s.name).sort()).toEqual(form.annexes.map((a) => a.sheetName).sort());
    for (const sheet of annexSheets) expect(textsOf(sheet).some((text) => text.includes('|H98'))).toBe(true);
  });
});
