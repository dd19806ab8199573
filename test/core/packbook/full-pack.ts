import defaultJson from '../../../src/core/pack/default/so-ket-giua-nhiem-ky-2018-2023.json';

/**
 * A pack written by hand in JSON that uses every field of format 2 (and the rule kinds and options),
 * made from the default pack's JSON: the round trip must carry each of them.
 */
export function fullPackJson(): any {
  const p = JSON.parse(JSON.stringify(defaultJson));
  p.format = 2;
  p.issuer.place = 'Bắc Kạn';
  p.units[0].place = 'TP Bắc Kạn';
  p.campaign.congresses = [
    { id: 'IX', name: 'Đại hội IX Công đoàn tỉnh', held: '2018-07-01', termEnd: '2023-10-10', source: 'ví dụ — tỉnh điền' },
    { id: 'XII', name: 'Đại hội XII Công đoàn Việt Nam', held: '2018-09-24', termEnd: '2023-12-01' },
  ];
  p.departments[1].topics = ['Chương trình 740/CTr-TLĐ', 'Thu, chi, tài sản'];
  p.signature = { dateLine: true, blocks: [{ title: 'NGƯỜI LẬP BIỂU', subtitle: '(Ký, ghi rõ họ tên)' }, { title: 'TM. BAN THƯỜNG VỤ', subtitle: 'CHỦ TỊCH', forKinds: ['district', 'sector'] }] };
  p.sentences = { 'target.count': { vi: 'Kết nạp {result}', en: 'Admitted {result}' }, 'targets.none': { vi: 'Chưa có chỉ tiêu', en: 'No targets' } };
  const annex = (id: string) => p.annexes.find((a: any) => a.id === id);
  const f = annex('PL07');
  f.forKinds = ['province', 'district', 'sector', 'grassroots'];
  f.signature = { dateLine: false, blocks: [{ title: 'KẾ TOÁN' }] };
  f.columns[0].year = 2018;
  f.columns[1].year = 2019;
  f.rows[2].forKinds = ['district'];
  f.rows[2].key = true;
  f.rows[2].required = false;
  // The finance annex's transfers (all four directions) are the default pack's own: the test reads them from there.
  const inputs = f.rows.filter((r: any) => r.kind === 'input' && !r.transfer);
  const total = f.rows.find((r: any) => r.kind === 'computed');
  const notes = f.columns.find((c: any) => c.kind === 'text');
  annex('PL05').signature = { dateLine: true, blocks: [] };
  const t = annex('PL01');
  // The term-to-date column (period) and the year columns of PL01 are the default pack's own.
  t.rows[1].target = { value: 2000, congress: 'IX', measure: 'termTotal', direction: '>=', source: '2.497 = 125 % (TTXVN 2023)' };
  t.rows[2].target = { value: null, congress: 'XII' };
  t.rows[3].target = { value: 5, measure: 'rate', direction: '<=' };
  const y = annex('PL04');
  y.rows[1].target = { value: 10, measure: 'annual', years: ['1', '2', '3'] };
  y.rows[1].aggregation = { type: 'max' };
  y.rows[3].aggregation = { type: 'ratio', numerator: '1', denominator: '2', scale: 1000 };
  p.rules.push(
    { id: 'X.explicit-compare', kind: 'compare', annex: 'PL07', check: `{r${total.code}, c1} >= 0`, severity: 'info', tolerance: { rel: 0.001 }, divideByZero: 'report', note: 'viết tay', message: { vi: 'Tổng thu âm', en: 'Negative income' } },
    { id: 'X.abs', annex: 'PL07', for: 'c1-3', check: `{r${inputs[1].code}} >= {r${inputs[0].code}}`, missing: 'zero', severity: 'warning', tolerance: { abs: 0.5 }, message: { vi: 'Chi', en: 'Spent' } },
    { id: 'X.exclusive', kind: 'exclusivePair', annex: 'PL03', cells: ['{r8, c1}', '{r9, c1}'], severity: 'info', message: { vi: 'Chỉ một', en: 'Only one' } },
    { id: 'X.one-way', kind: 'compulsoryPair', annex: 'PL07', cells: [`{r${inputs[0].code}, c1}`, `{r${inputs[0].code}, c${notes.code}}`], when: 'nonZero', severity: 'warning', message: { vi: 'Giải trình', en: 'Explain' } },
  );
  return p;
}
