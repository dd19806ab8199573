import { loadPack, PackError } from '../../../src/core/load/load-pack';
import defaultJson from '../../../src/core/pack/default/so-ket-giua-nhiem-ky-2018-2023.json';

/** The default pack's JSON, changed by `mutate`. */
function packWith(mutate: (p: any) => void): any {
  const copy = JSON.parse(JSON.stringify(defaultJson));
  mutate(copy);
  return copy;
}

function issues(mutate: (p: any) => void): string[] {
  try {
    loadPack(packWith(mutate), 't.json');
  } catch (e) {
    expect(e).toBeInstanceOf(PackError);
    return (e as PackError).describe('vi').split('\n').slice(1).map((l) => l.replace(/^\s*-\s*/, ''));
  }
  throw new Error('the pack was accepted');
}

const finance = (p: any) => p.annexes.find((a: any) => a.id === 'PL07');
const targets = (p: any) => p.annexes.find((a: any) => a.id === 'PL01');

describe('pack format 2: the fields it adds are accepted as written', () => {
  const pack = loadPack(
    packWith((p) => {
      p.format = 2;
      p.issuer.place = 'Bắc Kạn';
      p.units[0].place = 'TP Bắc Kạn';
      p.campaign.congresses = [
        { id: 'IX', name: 'Đại hội IX Công đoàn tỉnh', held: '2018-07-01', termEnd: '2023-10-10', source: 'ví dụ — tỉnh điền' },
        { id: 'XII', name: 'Đại hội XII Công đoàn Việt Nam', held: '2018-09-24', termEnd: '2023-12-01' },
      ];
      p.departments[1].topics = ['Chương trình 740/CTr-TLĐ', 'Thu, chi, tài sản'];
      p.signature = { dateLine: true, blocks: [{ title: 'NGƯỜI LẬP BIỂU' }, { title: 'TM. BAN THƯỜNG VỤ', subtitle: 'CHỦ TỊCH', forKinds: ['district', 'sector'] }] };
      p.sentences = { 'target.count': { vi: 'Kết nạp {result}', en: 'Admitted {result}' } };
      const f = finance(p);
      for (const r of f.rows) delete r.forKinds;
      f.forKinds = ['district', 'sector', 'grassroots'];
      f.signature = { dateLine: false, blocks: [{ title: 'KẾ TOÁN' }] };
      f.columns[0].year = 2018;
      f.rows[2].forKinds = ['district'];
      f.rows[2].key = true;
      const t = targets(p);
      t.columns[0].period = 'toPeriodEnd';
      t.rows[1].target = { value: 2000, congress: 'IX', measure: 'termTotal', direction: '>=', source: '2.497 = 125 % (TTXVN 2023)' };
      t.rows[2].target = { value: null, congress: 'XII' };
      t.rows.find((r: any) => r.code === '3').target = 150;
    }),
    't.json',
  );
  const f = pack.annexes.find((a) => a.id === 'PL07')!;
  const t = pack.annexes.find((a) => a.id === 'PL01')!;

  test('campaign, issuer, units, departments, pack-level signature and sentences', () => {
    expect(pack.format).toBe(2);
    expect(pack.issuer.place).toBe('Bắc Kạn');
    expect(pack.units[0].place).toBe('TP Bắc Kạn');
    expect(pack.campaign.congresses!.map((k) => k.id)).toEqual(['IX', 'XII']);
    expect(pack.departments[1].topics).toHaveLength(2);
    expect(pack.signature!.blocks[1]).toEqual({ title: 'TM. BAN THƯỜNG VỤ', subtitle: 'CHỦ TỊCH', forKinds: ['district', 'sector'] });
    expect(pack.sentences!['target.count'].en).toBe('Admitted {result}');
  });
  test('annex and row fields', () => {
    expect(f.forKinds).toEqual(['district', 'sector', 'grassroots']);
    expect(f.signature).toEqual({ dateLine: false, blocks: [{ title: 'KẾ TOÁN' }] });
    expect(f.columns[0].year).toBe(2018);
    expect(f.rows[2]).toMatchObject({ forKinds: ['district'], key: true });
    expect(t.columns[0].period).toBe('toPeriodEnd');
  });
  test('targets: a record as written, a missing value kept as null ("chưa có chỉ tiêu"), a bare number (format 1) as {value}', () => {
    expect(t.rows[1].target).toEqual({ value: 2000, congress: 'IX', measure: 'termTotal', direction: '>=', source: '2.497 = 125 % (TTXVN 2023)' });
    expect(t.rows[2].target).toEqual({ value: null, congress: 'XII' });
    const bare = t.rows.find((r) => r.code === '3')!;
    expect(bare.target).toEqual({ value: 150 });
  });
});

describe('pack format 2: each bad field refused with its path and reason', () => {
  test.each<[string, (p: any) => void, RegExp]>([
    ['congress ends before it starts', (p) => (p.campaign.congresses = [{ id: 'IX', name: 'x', held: '2023-01-01', termEnd: '2018-01-01' }]), /^campaign\.congresses\[0\]\.termEnd: năm kết thúc nhiệm kỳ/],
    ['congress date not ISO', (p) => (p.campaign.congresses = [{ id: 'IX', name: 'x', held: '01/07/2018', termEnd: '2023-01-01' }]), /^campaign\.congresses\[0\]\.held: phải là ngày/],
    ['duplicate congress', (p) => (p.campaign.congresses = [{ id: 'IX', name: 'a', held: '2018-01-01', termEnd: '2023-01-01' }, { id: 'IX', name: 'b', held: '2018-01-01', termEnd: '2023-01-01' }]), /^campaign\.congresses\[1\]\.id: trùng mã "IX"/],
    ['target naming an unknown congress', (p) => (targets(p).rows[1].target = { value: 1, congress: 'X' }), /^annexes\[PL01\]\.rows\[1\]\.target\.congress: tham chiếu đến đại hội "X"/],
    ['target without a value', (p) => (targets(p).rows[1].target = { congress: 'X' }), /^annexes\[PL01\]\.rows\[1\]\.target\.value: thiếu trường bắt buộc/],
    ['negative target', (p) => (targets(p).rows[1].target = -5), /^annexes\[PL01\]\.rows\[1\]\.target: phải là a number ≥ 0/],
    ['unknown measure', (p) => (targets(p).rows[1].target = { value: 1, measure: 'yearly' }), /^annexes\[PL01\]\.rows\[1\]\.target\.measure: phải là một trong: termTotal, annual, rate/],
    ['unknown direction', (p) => (targets(p).rows[1].target = { value: 1, direction: '>' }), /^annexes\[PL01\]\.rows\[1\]\.target\.direction: phải là một trong: >=, <=/],
    ['annual target without its years', (p) => (targets(p).rows[1].target = { value: 80, measure: 'annual' }), /^annexes\[PL01\]\.rows\[1\]\.target\.years: thiếu trường bắt buộc/],
    ['annual target naming an unknown column', (p) => (targets(p).rows[1].target = { value: 80, measure: 'annual', years: ['1', '9'] }), /^annexes\[PL01\]\.rows\[1\]\.target\.years: tham chiếu đến cột "9"/],
    ['unknown unit kind in forKinds', (p) => (finance(p).forKinds = ['district', 'ward']), /^annexes\[PL07\]\.forKinds\[1\]: phải là một trong: province/],
    ['row asked of a kind its annex is not', (p) => { finance(p).forKinds = ['district']; finance(p).rows[2].forKinds = ['grassroots']; }, /^annexes\[PL07\]\.rows\[[\w.]+\]\.forKinds: loại đơn vị "grassroots" không điền phụ lục này/],
    ['transfer with an unknown counterpart', (p) => (finance(p).rows[2].transfer = { direction: 'toParent', counterpart: '999' }), /transfer\.counterpart: tham chiếu đến dòng "999"/],
    ['transfer whose counterpart does not point back', (p) => {
      finance(p).rows[2].transfer = { direction: 'toParent', counterpart: finance(p).rows[3].code };
    }, /transfer\.counterpart: dòng đối ứng ".+" phải khai báo chuyển ngược lại \(fromChildren\)/],
    ['transfer direction misspelt', (p) => (finance(p).rows[2].transfer = { direction: 'up', counterpart: '22' }), /transfer\.direction: phải là một trong: toParent, fromChildren, fromParent, toChildren/],
    ['two columns of the same year', (p) => { finance(p).columns[0].year = 2018; finance(p).columns[1].year = 2018; }, /columns\[\w+\]\.year: trùng mã "2018"/],
    ['year and period together', (p) => { finance(p).columns[0].year = 2018; finance(p).columns[0].period = 'toPeriodEnd'; }, /columns\[\w+\]\.period: trường không được phép/],
    ['signature without dateLine', (p) => (p.signature = { blocks: [{ title: 'X' }] }), /^signature\.dateLine: thiếu trường bắt buộc/],
    ['signature block without title', (p) => (p.signature = { dateLine: true, blocks: [{ subtitle: 'CHỦ TỊCH' }] }), /^signature\.blocks\[0\]\.title: thiếu trường bắt buộc/],
    ['sentence without English', (p) => (p.sentences = { 'target.count': { vi: 'x' } }), /^sentences\.target\.count\.en: thiếu trường bắt buộc/],
    ['sentence key that is not a key', (p) => (p.sentences = { 'Bad Key': { vi: 'x', en: 'y' } }), /^sentences\.Bad Key: không có câu nào mang khóa này; các khóa: target\.count, /],
    ['sentence key the catalogue does not define', (p) => (p.sentences = { 'target.counts': { vi: 'x', en: 'y' } }), /^sentences\.target\.counts: không có câu nào mang khóa này/],
    ['sentence key of the object prototype', (p) => (p.sentences = JSON.parse('{"__proto__": {"vi": "x", "en": "y"}}')), /^sentences\.__proto__: không có câu nào mang khóa này/],
    ['sentence with a placeholder of another sentence', (p) => (p.sentences = { 'completeness.all': { vi: '{reported} đơn vị, {late} muộn', en: '{reported} units' } }), /^sentences\.completeness\.all\.vi: chỗ trống \{late\} không có trong câu này; được dùng: \{reported\}, \{expected\}/],
    ['empty topic', (p) => (p.departments[0].topics = ['ok', '  ']), /^departments\[0\]\.topics\[1\]: phải là text/],
    ['key that is not a boolean', (p) => (finance(p).rows[2].key = 'yes'), /rows\[[\w.]+\]\.key: phải là true \/ false/],
    ['place that is empty', (p) => (p.issuer.place = ''), /^issuer\.place: phải là text/],
  ])('%s', (_name, mutate, expected) => {
    const lines = issues(mutate);
    expect(lines.filter((l) => expected.test(l))).not.toEqual([]);
  });

  test('a transfer pair that points both ways is accepted', () => {
    const pack = loadPack(
      packWith((p) => {
        const f = finance(p);
        f.rows[2].transfer = { direction: 'toParent', counterpart: f.rows[3].code };
        f.rows[3].transfer = { direction: 'fromChildren', counterpart: f.rows[2].code };
      }),
      't.json',
    );
    const f = pack.annexes.find((a) => a.id === 'PL07')!;
    expect(f.rows[2].transfer!.direction).toBe('toParent');
    expect(f.rows[3].transfer!.counterpart).toBe(f.rows[2].code);
  });
});
