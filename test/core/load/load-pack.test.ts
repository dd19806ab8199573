import { defaultPack, loadPack, loadPackText, PackError } from '../../../src/core/load/load-pack';
import defaultJson from '../../../src/core/pack/default/so-ket-giua-nhiem-ky-2018-2023.json';

/** A deep copy of the default pack's JSON, changed by `mutate`, then loaded. */
function refusal(mutate: (p: any) => void): string[] {
  const copy = JSON.parse(JSON.stringify(defaultJson));
  mutate(copy);
  try {
    loadPack(copy, 'test.json');
  } catch (e) {
    expect(e).toBeInstanceOf(PackError);
    return (e as PackError).describe('vi').split('\n').slice(1).map((l) => l.replace(/^\s*-\s*/, ''));
  }
  throw new Error('the pack was accepted');
}

describe('the default pack', () => {
  const pack = defaultPack();
  test('loads, with the campaign of plan 56/KH-LĐLĐ', () => {
    expect(pack.title).toBe('Sơ kết giữa nhiệm kỳ 2018–2023');
    expect(pack.campaign).toMatchObject({ termStart: 2018, termEnd: 2023, periodEnd: '2020-12-31', deadline: '2020-12-25' });
    expect(pack.notice).toMatch(/không phải số liệu chính thức/);
  });
  test('lists the 8 district/city federations, sector unions and grassroots unions under the province', () => {
    const byKind = (k: string) => pack.units.filter((u) => u.kind === k && u.parent === pack.issuer.code);
    expect(byKind('district').map((u) => u.name)).toEqual([
      'LĐLĐ thành phố Bắc Kạn', 'LĐLĐ huyện Ba Bể', 'LĐLĐ huyện Bạch Thông', 'LĐLĐ huyện Chợ Đồn',
      'LĐLĐ huyện Chợ Mới', 'LĐLĐ huyện Na Rì', 'LĐLĐ huyện Ngân Sơn', 'LĐLĐ huyện Pác Nặm',
    ]);
    expect(byKind('sector').length).toBeGreaterThanOrEqual(2);
    expect(byKind('grassroots').length).toBeGreaterThanOrEqual(3);
  });
  test('has at least 6 annexes covering every topic of the plan, each for a department', () => {
    expect(pack.annexes.length).toBeGreaterThanOrEqual(6);
    const titles = pack.annexes.map((a) => a.title.toLowerCase()).join(' | ');
    for (const topic of ['chỉ tiêu nghị quyết', 'đoàn viên', 'đại diện, bảo vệ', 'thi đua', 'nữ công', 'kiểm tra, giám sát', 'tài chính']) {
      expect(titles).toContain(topic);
    }
    const depts = new Set(pack.departments.map((d) => d.id));
    for (const a of pack.annexes) expect(depts.has(a.department)).toBe(true);
  });
  test('targets annex: target, result, % of target, expected by the end of the term', () => {
    const pl01 = pack.annexes.find((a) => a.id === 'PL01')!;
    expect(pl01.columns.map((c) => c.kind)).toEqual(['input', 'input', 'input', 'input', 'computed', 'computed', 'input', 'text']);
    expect(pl01.rows.filter((r) => r.target !== undefined).length).toBeGreaterThanOrEqual(10);
  });
});

describe('a broken pack is refused with the field and the reason', () => {
  test('not JSON', () => {
    expect(() => loadPackText('{ "id": ', 'x.json')).toThrow(/x.json/);
    try {
      loadPackText('{ "id": ', 'x.json');
    } catch (e) {
      expect((e as PackError).describe('vi')).toMatch(/không phải JSON hợp lệ/);
    }
  });
  test('not an object', () => expect(() => loadPack([1, 2], 'x')).toThrow(PackError));
  test.each<[string, (p: any) => void, RegExp]>([
    ['missing id', (p) => delete p.id, /^id: thiếu trường bắt buộc/],
    ['wrong format version', (p) => (p.format = 3), /^format: phải là một trong: 1, 2/],
    ['bad deadline', (p) => (p.campaign.deadline = '25/12/2020'), /^campaign\.deadline: phải là ngày dạng YYYY-MM-DD/],
    ['term backwards', (p) => (p.campaign.termEnd = 2010), /^campaign\.termEnd: năm kết thúc nhiệm kỳ/],
    ['unknown unit kind', (p) => (p.units[0].kind = 'city'), /^units\[0\]\.kind: phải là một trong: province, district, sector, grassroots/],
    ['duplicate unit code', (p) => (p.units[1].code = 'H01'), /^units\[1\]\.code: trùng mã "H01"/],
    ['unknown parent', (p) => (p.units[16].parent = 'H99'), /^units\[16\]\.parent: tham chiếu đến đơn vị "H99" không tồn tại/],
    ['misspelt field', (p) => (p.annexes[0].titel = 'x'), /^annexes\[0\]\.titel: trường không được phép/],
    ['bad sheet name', (p) => (p.annexes[1].sheetName = 'PL02/Đoàn viên'), /^annexes\[PL02\]\.sheetName: tên trang tính/],
    ['duplicate sheet name', (p) => (p.annexes[1].sheetName = p.annexes[0].sheetName), /annexes\[PL02\]\.sheetName: trùng mã/],
    ['unknown department', (p) => (p.annexes[0].department = 'XX'), /^annexes\[PL01\]\.department: tham chiếu đến phòng ban "XX"/],
    ['bad column type', (p) => (p.annexes[1].columns[0].type = 'float'), /^annexes\[PL02\]\.columns\[1\]\.type: phải là một trong/],
    ['computed column without formula', (p) => delete p.annexes[0].columns[4].formula, /^annexes\[PL01\]\.columns\[5\]\.formula: ô tính toán cần có công thức/],
    ['formula that does not parse', (p) => (p.annexes[0].columns[4].formula = '{c2} / * {c1}'), /^annexes\[PL01\]\.columns\[5\]\.formula: công thức không hợp lệ: position 8/],
    ['formula naming an unknown row', (p) => (p.annexes[6].rows[5].formula = '{r22} + {r99}'), /^annexes\[PL07\]\.rows\[7\.10\]\.formula: tham chiếu đến dòng "99" không tồn tại/],
    ['row formula referring to a column', (p) => (p.annexes[6].rows[5].formula = '{c1}'), /rows\[7\.10\]\.formula: công thức của dòng chỉ được tham chiếu \{r…\}/],
    ['circular formulas', (p) => {
      p.annexes[6].rows[6].kind = 'computed';
      p.annexes[6].rows[6].formula = '{r7.10}';
    }, /^annexes\[PL07\]\.rows\[(7\.10|22)\]\.formula: công thức tham chiếu vòng: \1 → (22|7\.10) → \1/],
    ['ratio naming a missing row', (p) => (p.annexes[0].rows[6].aggregation.numerator = '99'), /rows\[6\]\.aggregation: tỷ lệ phải dẫn đến hai dòng/],
    ['duplicate row code', (p) => (p.annexes[1].rows[2].code = '1'), /^annexes\[PL02\]\.rows\[2\]\.code: trùng mã "1"/],
    ['cell override naming an unknown column', (p) => (p.annexes[0].rows[6].cells = { '9': 'input' }), /rows\[6\]\.cells: tham chiếu đến cột "9"/],
    ['prototype pollution key, as JSON.parse makes it', (p) => Object.defineProperty(p.annexes[0], '__proto__', { value: { x: 1 }, enumerable: true }), /^annexes\[0\]\.__proto__: trường không được phép/],
    ['empty annex list', (p) => (p.annexes = []), /^annexes: danh sách không được rỗng/],
  ])('%s', (_name, mutate, expected) => {
    const lines = refusal(mutate);
    expect(lines.some((l) => expected.test(l))).toBe(true);
  });
  test('a unit refused for one field is said once, at its own index: its children are not refused, later units keep their index', () => {
    const lines = refusal((p) => {
      p.units[1].parent = 'not a code';
      p.units[3].parent = 'H99';
    });
    expect(lines).toEqual([expect.stringMatching(/^units\[1\]\.parent: phải là text/), 'units[3].parent: tham chiếu đến đơn vị "H99" không tồn tại']);
  });
  test('English messages too', () => {
    const copy = JSON.parse(JSON.stringify(defaultJson));
    copy.units[0].kind = 'city';
    try {
      loadPack(copy, 'p.json');
      throw new Error('accepted');
    } catch (e) {
      expect((e as PackError).describe('en')).toContain('units[0].kind: must be one of: province, district, sector, grassroots');
    }
  });
});
