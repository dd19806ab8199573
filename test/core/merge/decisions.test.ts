import { reasonText } from '../../../src/core/merge/describe';
import { examineSubmission } from '../../../src/core/merge/examine';
import { mergeSubmissions, mergeExamined, type MergeResult } from '../../../src/core/merge/merge';
import { planMerge, type LogEntry } from '../../../src/core/merge/plan';
import { deadlineEnd, timelinessOf } from '../../../src/core/merge/timeliness';
import { sourceFromModel, withFigures } from '../../../src/core/report/model-source';
import { renderWorkbook } from '../../../src/core/workbook/render-workbook';
import { summaryWorkbook } from '../../../src/core/summary';
import { figuresOf, ON_TIME, pack, submission, submissionFromModel } from './helpers';

/** The rules of merging: resubmissions, double counting, errors and overrides, scope, bad files, completeness. */

const label = { title: pack.title, version: pack.version, campaign: pack.campaign };
const entryOf = (r: MergeResult, file: string): LogEntry => r.entries.find((e) => e.file.fileName === file)!;
const reason = (e: LogEntry, lang: 'vi' | 'en' = 'en') => reasonText(e, label, lang);
const day = (d: number, h = 9) => new Date(Date.UTC(2020, 11, d, h));

function withErrors(unit: string) {
  const f = figuresOf(unit);
  f.PL02['2']['2'] = (f.PL02['2']['2'] as number) + 7;
  return f;
}

describe('resubmissions: the newer file of a unit wins', () => {
  it('by saved time, whatever the names; the log names the one replaced', () => {
    const old = submission('H05', { fileName: 'z-H05-moi-nhat.xlsx', savedAt: day(20), figures: withErrors('H05') });
    const newer = submission('H05', { fileName: 'a-H05.xlsx', savedAt: day(24) });
    const r = mergeSubmissions(pack, [old, newer]);
    expect(entryOf(r, 'z-H05-moi-nhat.xlsx').decision).toEqual({ merged: false, status: 'duplicate', replacedBy: 'a-H05.xlsx' });
    expect(entryOf(r, 'a-H05.xlsx')).toMatchObject({ decision: { merged: true, status: 'ready' }, replaces: ['z-H05-moi-nhat.xlsx'] });
    expect(reason(entryOf(r, 'z-H05-moi-nhat.xlsx'))).toBe('Unit H05 sent a newer file "a-H05.xlsx": this one is replaced');
    expect(reason(entryOf(r, 'a-H05.xlsx'))).toContain('Replaces the earlier submission: z-H05-moi-nhat.xlsx');
    expect(r.sources.map((s) => s.file.fileName)).toEqual(['a-H05.xlsx']);
  });

  it('by file name when saved at the same time; a file without a time is the oldest', () => {
    const r = mergeSubmissions(pack, [submission('H05', { fileName: 'H05_lan-2.xlsx' }), submission('H05', { fileName: 'H05_lan-1.xlsx' }), submission('H05', { fileName: 'H05_zz.xlsx', savedAt: null })]);
    expect(r.sources.map((s) => s.file.fileName)).toEqual(['H05_lan-2.xlsx']);
    expect(entryOf(r, 'H05_zz.xlsx').decision).toMatchObject({ status: 'duplicate', replacedBy: 'H05_lan-2.xlsx' });
  });

  it('the newer file wins even when it has errors (then the unit is left out, not silently the older one)', () => {
    const r = mergeSubmissions(pack, [submission('H05', { fileName: 'old.xlsx', savedAt: day(20) }), submission('H05', { fileName: 'new.xlsx', savedAt: day(24), figures: withErrors('H05') })]);
    expect(entryOf(r, 'new.xlsx').decision).toEqual({ merged: false, status: 'errors' });
    expect(entryOf(r, 'old.xlsx').decision).toMatchObject({ status: 'duplicate' });
    expect(r.sources).toHaveLength(0);
  });
});

describe('errors: left out unless included with a reason', () => {
  const files = () => [submission('N02', { figures: withErrors('N02') }), submission('N01')];

  it('leaves the unit out and says which error', () => {
    const r = mergeSubmissions(pack, files());
    const e = entryOf(r, 'N02.xlsx');
    expect(e.decision).toEqual({ merged: false, status: 'errors' });
    expect(e.validation!.errors).toBeGreaterThan(0);
    expect(reason(e, 'vi')).toMatch(/^\d+ lỗi trong các phụ lục được tổng hợp; lỗi đầu tiên: /);
    expect(r.sources.map((s) => s.unitCode)).toEqual(['N01']);
    expect(r.completeness.find((c) => c.unit.code === 'N02')!.reporting).toEqual({ kind: 'leftOut', fileName: 'N02.xlsx', status: 'errors' });
  });

  it('merges it with an explicit override, and the log keeps the reason', () => {
    const r = mergeSubmissions(pack, files(), { overrides: [{ unitCode: 'N02', reason: 'Đã xác minh với đơn vị' }, { unitCode: 'N09', reason: 'gõ nhầm' }] });
    const e = entryOf(r, 'N02.xlsx');
    expect(e.decision).toEqual({ merged: true, status: 'errors', override: 'Đã xác minh với đơn vị' });
    expect(reason(e, 'vi')).toContain('Vẫn tổng hợp dù có');
    expect(r.sources.map((s) => s.unitCode)).toEqual(['N01', 'N02']);
    expect(r.unusedOverrides).toEqual([{ unitCode: 'N09', reason: 'gõ nhầm' }]);
  });

  it('an override without a reason is no override', () => {
    const r = mergeSubmissions(pack, files(), { overrides: [{ unitCode: 'N02', reason: '  ' }] });
    expect(entryOf(r, 'N02.xlsx').decision.merged).toBe(false);
  });

  it("counts only the errors of the annexes merged: a department's subset", () => {
    // The broken rule is in PL02 (Ban Tổ chức); Ban Tài chính merges PL07 only.
    const r = mergeSubmissions(pack, files(), { annexIds: ['PL07'] });
    expect(entryOf(r, 'N02.xlsx').decision).toEqual({ merged: true, status: 'ready' });
    expect([...new Set([...r.cells.keys()].map((k) => k.split('|')[0]))]).toEqual(['PL07']);
  });
});

describe('double counting is refused, naming both sources', () => {
  const h02Summary = () => {
    const result = mergeSubmissions(pack, ['H02.CS01', 'H02.CS02', 'H02.CS03'].map((u) => submission(u)), { mergingUnit: 'H02' });
    return submissionFromModel(summaryWorkbook(pack, result), 'H02-tong-hop.xlsx');
  };

  it('a unit sent directly and also inside a district summary', () => {
    const r = mergeSubmissions(pack, [h02Summary(), submission('H02.CS01', { fileName: 'H02.CS01-truc-tiep.xlsx' }), submission('H01')]);
    const e = entryOf(r, 'H02.CS01-truc-tiep.xlsx');
    expect(e.decision).toEqual({ merged: false, status: 'doubleCounted', units: ['H02.CS01'], countedIn: 'H02-tong-hop.xlsx', countedInUnit: 'H02' });
    expect(reason(e)).toBe('Double counting: H02.CS01 already inside "H02-tong-hop.xlsx" (H02); this file is left out');
    expect(r.sources.map((s) => s.unitCode)).toEqual(['H01', 'H02']);
    expect(r.contains).toEqual(['H01', 'H02.CS01', 'H02.CS02', 'H02.CS03']);
  });

  it("a district's own form and one of its grassroots unions: the district's form already counts it", () => {
    const r = mergeSubmissions(pack, [submission('H02.CS02'), submission('H02')]);
    expect(entryOf(r, 'H02.CS02.xlsx').decision).toMatchObject({ status: 'doubleCounted', countedIn: 'H02.xlsx', units: ['H02.CS02'] });
    expect(entryOf(r, 'H02.xlsx').decision.merged).toBe(true);
  });

  it('two summaries that overlap: a province summary and, again, a district summary inside it', () => {
    // One level up: the national federation above the province, with the same pack.
    const national = { ...pack, issuer: { code: 'VN', name: 'Tổng Liên đoàn' }, units: [...pack.units, { code: 'T00', name: pack.issuer.name, kind: 'province' as const, parent: 'VN' }] };
    const h02 = h02Summary();
    const province = submissionFromModel(summaryWorkbook(pack, mergeSubmissions(pack, [h02, submission('H01')])), 'T00-tong-hop.xlsx');
    const r = mergeSubmissions(national, [province, { ...h02, fileName: 'H02-gui-thang.xlsx' }]);
    expect(entryOf(r, 'H02-gui-thang.xlsx').decision).toEqual({
      merged: false,
      status: 'doubleCounted',
      units: ['H02.CS01', 'H02.CS02', 'H02.CS03'],
      countedIn: 'T00-tong-hop.xlsx',
      countedInUnit: 'T00',
    });
    expect(r.contains).toEqual(['H01', 'H02.CS01', 'H02.CS02', 'H02.CS03']);
  });

  it('summaries of two districts do not overlap; two summaries of one district are a resubmission', () => {
    const part = (district: string, units: string[], name: string) =>
      submissionFromModel(summaryWorkbook(pack, mergeSubmissions(pack, units.map((u) => submission(u)), { mergingUnit: district })), name);
    const r1 = mergeSubmissions(pack, [part('H01', ['H01.CS01'], 'H01-tong-hop.xlsx'), part('H02', ['H02.CS01'], 'H02-a.xlsx')]);
    expect(r1.entries.map((e) => e.decision.status)).toEqual(['ready', 'ready']);
    const r2 = mergeSubmissions(pack, [part('H02', ['H02.CS01', 'H02.CS02'], 'H02-a.xlsx'), { ...part('H02', ['H02.CS02', 'H02.CS03'], 'H02-b.xlsx'), savedAt: day(24) }]);
    expect(entryOf(r2, 'H02-a.xlsx').decision).toMatchObject({ status: 'duplicate', replacedBy: 'H02-b.xlsx' });
  });

  it('does not depend on the order of the files', () => {
    const files = [h02Summary(), submission('H02.CS01'), submission('H02'), submission('H03')];
    const a = mergeSubmissions(pack, files);
    const b = mergeSubmissions(pack, [...files].reverse());
    expect(b.entries).toEqual(a.entries);
  });
});

/** The figures of the rows a pack has (the example figures are those of the default pack). */
function onlyRowsOf(p: typeof pack, f: ReturnType<typeof figuresOf>): ReturnType<typeof figuresOf> {
  const out: ReturnType<typeof figuresOf> = {};
  for (const a of p.annexes) if (f[a.id]) out[a.id] = Object.fromEntries(Object.entries(f[a.id]).filter(([row]) => a.rows.some((r) => r.code === row)));
  return out;
}

describe('files that are not merged, each with its reason', () => {
  it("another version of the pack, another pack, not a form, an unknown unit, unreadable; the merging unit's own report is merged as its own", () => {
    // Another version with another layout (a row less; its rules are not compiled: no check sheet): refused. One with the same layout is read (test/core/packbook/embed.test.ts).
    const otherVersion = { ...pack, version: '0.9.0', annexes: pack.annexes.map((a, i) => (i === 0 ? { ...a, rows: a.rows.slice(0, -1) } : a)) };
    const otherPack = { ...pack, id: 'khac-2020' };
    const fromPack = (p: typeof pack, unit: string, fileName: string) => ({ ...submission('H01'), fileName, content: { kind: 'workbook' as const, source: sourceFromModel(withFigures(renderWorkbook(p, unit, undefined, { checks: false }), onlyRowsOf(p, figuresOf(unit, p))), fileName) } });
    const unknownUnit = { ...pack, units: [...pack.units, { code: 'X99', name: 'Đơn vị lạ', kind: 'grassroots' as const, parent: 'T00' }] };
    const notForm = sourceFromModel({ sheets: [], metaSheet: { name: 'Sheet9', rows: [['a', 'b']] }, names: [] }, 'bang-tinh.xlsx');
    const r = mergeSubmissions(pack, [
      fromPack(otherVersion, 'H01', 'cu.xlsx'),
      fromPack(otherPack, 'H01', 'khac.xlsx'),
      { ...submission('H01'), fileName: 'bang-tinh.xlsx', content: { kind: 'workbook', source: notForm } },
      fromPack(unknownUnit, 'X99', 'la.xlsx'),
      submission('T00', { fileName: 'tinh.xlsx' }),
      { fileName: 'hong.xlsx', savedAt: null, sha256: '', content: { kind: 'unreadable', message: { vi: 'Tệp hỏng', en: 'Corrupt file' } } },
      submission('H01'),
    ]);
    const status = (f: string) => entryOf(r, f).decision.status;
    expect([status('cu.xlsx'), status('khac.xlsx'), status('bang-tinh.xlsx'), status('la.xlsx'), status('tinh.xlsx'), status('hong.xlsx'), status('H01.xlsx')]).toEqual([
      'notFromPack',
      'notFromPack',
      'notFromPack',
      'unknownUnit',
      'own',
      'unreadable',
      'ready',
    ]);
    expect(reason(entryOf(r, 'cu.xlsx'))).toBe(`A form of another version: 0.9.0 (expected ${pack.version})`);
    expect(reason(entryOf(r, 'khac.xlsx'))).toBe(`A form of another pack: khac-2020 ${pack.version}`);
    expect(reason(entryOf(r, 'la.xlsx'))).toBe('Unit code "X99" is not in the pack');
    expect(reason(entryOf(r, 'tinh.xlsx'))).toMatch(/^The own figures of T00 /);
    expect(reason(entryOf(r, 'hong.xlsx'))).toBe('Corrupt file');
    // The own report first, then the units.
    expect(r.sources.map((s) => s.unitCode)).toEqual(['T00', 'H01']);
  });

  it('a unit not under the merging unit is out of scope', () => {
    const r = mergeSubmissions(pack, [submission('H01.CS01'), submission('H02.CS01')], { mergingUnit: 'H01' });
    expect(entryOf(r, 'H02.CS01.xlsx').decision).toEqual({ merged: false, status: 'outOfScope', relation: 'notBelow', mergingUnit: 'H01' });
    expect(reason(entryOf(r, 'H02.CS01.xlsx'), 'vi')).toBe('Đơn vị H02.CS01 không trực thuộc H01');
  });
});

describe('completeness and timeliness', () => {
  it('the deadline day ends at midnight in Vietnam', () => {
    expect(deadlineEnd(pack.campaign).toISOString()).toBe('2020-12-25T17:00:00.000Z');
    expect(timelinessOf(new Date('2020-12-25T16:59:59Z'), pack.campaign)).toBe('onTime');
    expect(timelinessOf(new Date('2020-12-25T17:00:00Z'), pack.campaign)).toBe('late');
    expect(timelinessOf(null, pack.campaign)).toBe('unknown');
  });

  it('lists every unit under the merging unit: reported, late, left out, partly, missing', () => {
    const r = mergeSubmissions(pack, [
      submission('H01', { savedAt: ON_TIME }),
      submission('H03', { savedAt: day(28) }),
      submission('N02', { figures: withErrors('N02') }),
      submission('H02.CS01'),
    ]);
    const of = (code: string) => r.completeness.find((c) => c.unit.code === code)!.reporting;
    expect(r.completeness.map((c) => c.unit.code)).toEqual(pack.units.filter((u) => u.parent === 'T00').map((u) => u.code));
    expect(of('H01')).toMatchObject({ kind: 'reported', timeliness: 'onTime', viaSummary: false });
    expect(of('H03')).toMatchObject({ kind: 'reported', timeliness: 'late' });
    expect(of('N02')).toMatchObject({ kind: 'leftOut', status: 'errors' });
    expect(of('H02')).toEqual({ kind: 'partly', units: ['H02.CS01'] });
    expect(of('H07')).toEqual({ kind: 'missing' });
    expect(reason(entryOf(r, 'H03.xlsx'))).toBe('Sent after the deadline 25/12/2020');
  });
});

describe('the pane can plan before merging', () => {
  it('examine file by file, plan, then merge: the same result as in one call', () => {
    const files = [submission('H01'), submission('N02', { figures: withErrors('N02') })];
    const examined = files.map((f) => examineSubmission(pack, f));
    const plan = planMerge(pack, examined, { overrides: [] });
    expect(plan.entries.map((e) => [e.file.fileName, e.decision.status])).toEqual([
      ['H01.xlsx', 'ready'],
      ['N02.xlsx', 'errors'],
    ]);
    expect(mergeExamined(pack, examined)).toEqual(mergeSubmissions(pack, files));
  });

  it('refuses an unknown merging unit or annex', () => {
    expect(() => planMerge(pack, [], { mergingUnit: 'Q1' })).toThrow('unknown unit Q1');
    expect(() => planMerge(pack, [], { annexIds: ['PL99'] })).toThrow('unknown annex PL99');
  });
});
