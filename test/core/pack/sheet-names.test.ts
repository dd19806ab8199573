/**
 * An annex's sheet name is checked when the pack is loaded against every rule Excel applies and
 * against the add-in's own sheets, so that such a pack is refused on load — naming the field —
 * instead of failing half-way through an insertion. Each name refused here is also refused by the
 * strict simulator (Excel's rules) or would collide with a sheet the add-in writes.
 */
import { CHECK_SHEET_NAME } from '../../../src/core/sheet/sheet-names';
import { loadPack, PackError } from '../../../src/core/load/load-pack';
import defaultJson from '../../../src/core/pack/default/so-ket-giua-nhiem-ky-2018-2023.json';
import { META_SHEET } from '../../../src/core/sheet/identity';
import { SUMMARY_SHEETS } from '../../../src/core/sheet/sheet-names';
import { WorkbookSimulator } from '../../simulator';

function load(sheetName: string, lang: 'vi' | 'en' = 'vi'): string[] {
  const copy = JSON.parse(JSON.stringify(defaultJson));
  copy.annexes[1].sheetName = sheetName;
  try {
    loadPack(copy, 'test.json');
  } catch (e) {
    expect(e).toBeInstanceOf(PackError);
    return (e as PackError).describe(lang).split('\n').slice(1).map((l) => l.replace(/^\s*-\s*/, ''));
  }
  return [];
}

/** Does the strict simulator (Excel's rules) take this name for a new sheet? */
async function excelTakes(name: string): Promise<boolean> {
  const sim = new WorkbookSimulator();
  return sim.run(async (ctx) => void ctx.workbook.worksheets.add(name)).then(
    () => true,
    () => false,
  );
}

describe('sheet names Excel refuses', () => {
  it.each([
    ['32 characters', 'PL02 Đoàn viên công đoàn cơ sở x'],
    ['a colon', 'PL02: Đoàn viên'],
    ['a slash', 'PL02/Đoàn viên'],
    ['a backslash', 'PL02\\Đoàn viên'],
    ['a question mark', 'PL02?'],
    ['an asterisk', 'PL02*'],
    ['square brackets', 'PL02 [mới]'],
    ['a leading apostrophe', "'PL02"],
    ['a trailing apostrophe', "PL02'"],
    ['a line break', 'PL02\nĐoàn viên'],
  ])('%s', async (_what, name) => {
    expect(load(name)).toEqual(['annexes[PL02].sheetName: tên trang tính phải có 1–31 ký tự, không chứa : \\ / ? * [ ] hay ký tự điều khiển, không bắt đầu hay kết thúc bằng dấu nháy \'']);
    if (!name.includes('\n')) expect(await excelTakes(name)).toBe(false);
  });

  it('"History", in any case, which Excel keeps for itself', async () => {
    expect(load('history')).toEqual(['annexes[PL02].sheetName: Excel không cho đặt tên trang là "history" (tên dành riêng của Excel)']);
    expect(load('HISTORY', 'en')).toEqual(['annexes[PL02].sheetName: Excel does not allow a sheet named "HISTORY" (a name Excel keeps for itself)']);
    expect(await excelTakes('History')).toBe(false);
  });

  it('a name another annex has, without regard to case (as Excel compares them)', () => {
    const copy = JSON.parse(JSON.stringify(defaultJson));
    copy.annexes[1].sheetName = copy.annexes[0].sheetName.toUpperCase();
    expect(() => loadPack(copy, 'test.json')).toThrow(PackError);
  });

  it('31 characters, apostrophes inside, Vietnamese letters and spaces are fine', async () => {
    for (const name of ['PL02 Đoàn viên công đoàn cơ sở', "PL02 Đoàn viên CĐ'CS", 'Phụ lục 2']) {
      expect(load(name)).toEqual([]);
      expect(await excelTakes(name)).toBe(true);
    }
  });
});

describe("the add-in's own sheet names", () => {
  it.each([
    [CHECK_SHEET_NAME, 'trang kiểm tra tự động'],
    [SUMMARY_SHEETS.detail, 'các trang chi tiết của bản tổng hợp (mọi tên bắt đầu bằng "Chi tiết")'],
    [SUMMARY_SHEETS.completeness, 'trang tình hình nộp của bản tổng hợp'],
    [SUMMARY_SHEETS.log, 'trang nhật ký của bản tổng hợp'],
    [META_SHEET, 'trang ẩn ghi mã nhận dạng'],
  ])('%s', (name, use) => {
    expect(load(name.toUpperCase())).toEqual([`annexes[PL02].sheetName: tên trang "${name === SUMMARY_SHEETS.detail ? name.toUpperCase() : name}" trùng với ${use} mà phần bổ trợ tự tạo; hãy đặt tên khác`]);
  });

  it('says so in English too', () => {
    expect(load('chi tiết', 'en')).toEqual(['annexes[PL02].sheetName: sheet name "chi tiết" is that of the summary\'s detail sheets (every name beginning with "Chi tiết"), which the add-in writes itself; choose another name']);
  });

  it('every name a detail sheet of the summary can take ("Chi tiết PL02", one per annex), but not a name that merely begins alike', () => {
    expect(load('Chi tiết PL05')).toEqual(['annexes[PL02].sheetName: tên trang "Chi tiết PL05" trùng với các trang chi tiết của bản tổng hợp (mọi tên bắt đầu bằng "Chi tiết") mà phần bổ trợ tự tạo; hãy đặt tên khác']);
    expect(load('Chi tiếtPL05')).toEqual([]);
    expect(load('Chi tiêu')).toEqual([]);
  });
});
