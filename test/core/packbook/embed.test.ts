import { createHash } from 'crypto';
import { defaultPack, loadPack } from '../../../src/core/load/load-pack';
import { examineSubmission } from '../../../src/core/merge/examine';
import type { TemplatePack } from '../../../src/core/pack/types';
import { EMBED_KEYS, embeddedNoteOf, embeddedPackRows, readEmbeddedPack, withEmbeddedPack } from '../../../src/core/packbook/embed';
import type { CellSource } from '../../../src/core/report/cell-source';
import { validateSource } from '../../../src/core/rules/validate';
import { sha256Hex } from '../../../src/core/text/sha256';
import { renderWorkbook } from '../../../src/core/workbook/render-workbook';
import { openWorkbookFile } from '../../../src/xlsx/open-workbook';
import { bytesToBase64, PACK_CODEC } from '../../../src/xlsx/pack-file';
import { submissionOf } from '../../../src/xlsx/submission';
import { writeWorkbook } from '../../../src/xlsx/write';
import { deflateSync } from 'fflate';
import defaultJson from '../../../src/core/pack/default/so-ket-giua-nhiem-ky-2018-2023.json';
import { leafDifferences } from './helpers';

function packWith(mutate: (p: any) => void): TemplatePack {
  const p = JSON.parse(JSON.stringify(defaultJson));
  mutate(p);
  return loadPack(p, 'edited.json');
}

/** H01's template made with `pack`, its pack carried, read back as a file; `metaEdit` changes the hidden sheet's rows first. */
function unitSource(pack: TemplatePack, metaEdit?: (rows: Array<[string, string]>) => void): CellSource {
  const model = withEmbeddedPack(renderWorkbook(pack, 'H01', undefined, { checks: false }), embeddedPackRows(pack, PACK_CODEC.compress));
  metaEdit?.(model.metaSheet.rows);
  const opened = openWorkbookFile({ name: 'H01.xlsx', bytes: writeWorkbook(model) });
  if (!opened.ok) throw new Error(opened.message.en);
  return opened.source;
}

const messages = (source: CellSource, pack: TemplatePack) =>
  validateSource(source, pack, { embedded: embeddedNoteOf(source, pack, PACK_CODEC.decompress) }).findings.filter((f) => f.kind === 'structure').map((f) => `${f.severity} ${f.message.vi}`);

describe('SHA-256 of the core', () => {
  test.each(['', 'abc', 'Liên đoàn Lao động tỉnh Bắc Kạn 😀', 'x'.repeat(55), 'y'.repeat(56), 'z'.repeat(64), JSON.stringify(defaultJson)])('equals Node\'s for %#', (text) => {
    expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });
});

/** A row of the finance annex (PL07) that a pack can drop: an input part of a computed row's sum that no rule, transfer or other formula names. */
function droppableRow(): { total: string; gone: string; formula: string } {
  const refs = (formula: string) => [...formula.matchAll(/\{r([^},]+)\}/g)].map((m) => m[1]);
  const finance = (defaultJson as any).annexes.find((a: any) => a.id === 'PL07');
  const rulesText = JSON.stringify(defaultJson.rules);
  const free = (code: string, total: any) => {
    const row = finance.rows.find((x: any) => x.code === code);
    return row?.kind === 'input' && !row.transfer && !finance.rows.some((x: any) => x.transfer?.counterpart === code || (x !== total && x.formula && refs(x.formula).includes(code))) && !rulesText.includes(`{r${code}}`) && !rulesText.includes(`{r${code},`);
  };
  const total = finance.rows.find((r: any) => r.kind === 'computed' && r.formula && refs(r.formula).some((c) => free(c, r)));
  const gone = refs(total.formula).filter((c) => free(c, total)).pop()!;
  const formula = total.formula.replace(`+ {r${gone}}`, '').replace(/\s+$/, '');
  expect(refs(formula)).toEqual(refs(total.formula).filter((c) => c !== gone));
  return { total: total.code, gone, formula };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the pack a workbook carries', () => {
  const pack = defaultPack();
  // Versions of a re-issue with the same layout (a later minor) and of a new layout (a later major).
  const [major, minor] = pack.version.split('.').map(Number);
  const reissue = `${major}.${minor + 1}.0`;
  const relayout = `${major + 1}.0.0`;

  test('a template carries its pack, deflated, in parts, with its digest; read back it is the same pack', () => {
    const source = unitSource(pack);
    const read = readEmbeddedPack(source, PACK_CODEC.decompress);
    expect(read.kind).toBe('pack');
    expect(read.kind === 'pack' && leafDifferences(pack, read.pack)).toEqual([]);
    expect(messages(source, pack)).toEqual([]);
  });

  test('corrupt: a part altered, a part missing, a bomb, an oversized count — read with the province\'s pack and a note', () => {
    const digestBroken = unitSource(pack, (rows) => {
      const part = rows.find(([k]) => k === `${EMBED_KEYS.part}1`)!;
      part[1] = part[1].slice(0, 100) + (part[1][100] === 'A' ? 'B' : 'A') + part[1].slice(101);
    });
    expect(['inflate', 'digest']).toContain((readEmbeddedPack(digestBroken, PACK_CODEC.decompress) as { reason: string }).reason);
    expect(messages(digestBroken, pack)).toEqual([expect.stringMatching(new RegExp(`^info Bộ mẫu kèm trong sổ làm việc không đọc được \\((không giải nén được|mã kiểm tra SHA-256 không khớp)\\); số liệu được kiểm tra theo bộ mẫu đang dùng \\(${escape(`${pack.id} ${pack.version}`)}\\)\\.$`))]);

    const bomb = unitSource(pack, (rows) => {
      const at = rows.findIndex(([k]) => k === EMBED_KEYS.parts);
      const b64 = bytesToBase64(deflateSync(new Uint8Array(40_000_000)));
      rows.splice(at, rows.length - at, [EMBED_KEYS.parts, '1'], [`${EMBED_KEYS.part}1`, b64]);
    });
    expect(readEmbeddedPack(bomb, PACK_CODEC.decompress)).toEqual({ kind: 'corrupt', reason: 'inflate' });

    const huge = unitSource(pack, (rows) => (rows.find(([k]) => k === EMBED_KEYS.parts)![1] = '100000'));
    expect(readEmbeddedPack(huge, PACK_CODEC.decompress)).toEqual({ kind: 'corrupt', reason: 'tooLarge' });
    const gap = unitSource(pack, (rows) => (rows.find(([k]) => k === EMBED_KEYS.parts)![1] = '3'));
    expect(readEmbeddedPack(gap, PACK_CODEC.decompress)).toEqual({ kind: 'corrupt', reason: 'parts' });
    // The figures are still validated by the province's pack: the same findings as without a carried pack.
    expect(validateSource(huge, pack).findings.length).toBe(validateSource(unitSource(pack), pack).findings.length);
  });

  test('a unit whose carried pack loosened a rule and dropped another is told so by name; the province\'s rules apply', () => {
    const loosened = packWith((p) => {
      p.rules = p.rules.filter((r: any) => r.id !== 'PL01.new-unions-vs-PL02');
      p.rules.find((r: any) => r.id === 'PL01.new-members-vs-PL02').severity = 'info';
    });
    const out = messages(unitSource(loosened), pack);
    expect(out).toEqual([
      `info Bộ mẫu kèm trong sổ làm việc (${pack.id} ${pack.version}) khác bộ mẫu đang dùng (${pack.id} ${pack.version}): đổi quy tắc PL01.new-members-vs-PL02; bỏ quy tắc PL01.new-unions-vs-PL02. Số liệu được kiểm tra theo bộ mẫu đang dùng.`,
    ]);
  });

  test('a row removed from the carried pack: a warning naming it', () => {
    const { total, gone, formula } = droppableRow();
    const dropped = packWith((p) => {
      const f = p.annexes.find((a: any) => a.id === 'PL07');
      f.rows = f.rows.filter((r: any) => r.code !== gone);
      f.rows.find((r: any) => r.code === total).formula = formula;
    });
    expect(messages(unitSource(dropped), pack)[0]).toMatch(new RegExp(`^warning Bộ mẫu kèm trong sổ làm việc .*: đổi dòng PL07 mã ${escape(total)}; bỏ dòng PL07 mã ${escape(gone)}\\.`));
  });

  test('a pack re-issued with the same layout reads its earlier versions\' workbooks; a changed layout is refused naming both versions', () => {
    const old = unitSource(pack);
    const reissued = packWith((p) => {
      p.version = reissue;
      p.rules[0].message.vi = 'Lời mới';
    });
    const out = messages(old, reissued);
    expect(out).toContain(`info Sổ làm việc được lập theo phiên bản ${pack.version} của bộ mẫu; phiên bản ${reissue} giữ nguyên bố cục nên số liệu được đọc và kiểm tra theo phiên bản ${reissue}.`);
    expect(out.join('\n')).toMatch(new RegExp(`đổi quy tắc ${escape(pack.rules[0].id)}`));
    expect(validateSource(old, reissued).findings.filter((f) => f.severity === 'error' && f.kind === 'structure')).toEqual([]);

    const relaid = packWith((p) => {
      p.version = relayout;
      p.annexes.find((a: any) => a.id === 'PL06').rows.push({ code: '99', label: 'Mới', kind: 'input', level: 0 });
    });
    expect(messages(old, relaid)).toContain(`error Sổ làm việc được lập theo phiên bản ${pack.version} của bộ mẫu, nhưng cần phiên bản ${relayout}: hãy nhập số liệu vào biểu mẫu mới.`);
  });

  test('merge: the same note on an earlier version, the same refusal on another layout', () => {
    const bytes = writeWorkbook(withEmbeddedPack(renderWorkbook(pack, 'H01', undefined, { checks: false }), embeddedPackRows(pack, PACK_CODEC.compress)));
    const submission = submissionOf({ fileName: 'H01.xlsx', sha256: 'x', fallbackSavedAt: null }, openWorkbookFile({ name: 'H01.xlsx', bytes }));
    const reissued = packWith((p) => {
      p.version = reissue;
      p.rules = p.rules.slice(1);
    });
    const examined = examineSubmission(reissued, submission);
    expect(examined.kind).toBe('form');
    expect(examined.kind === 'form' && examined.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['structure.earlierVersion', 'structure.embeddedDiffers']));
    const relaid = packWith((p) => {
      p.version = relayout;
      p.annexes[5].rows.push({ code: '99', label: 'Mới', kind: 'input', level: 0 });
    });
    expect(examineSubmission(relaid, submission)).toMatchObject({ kind: 'notFromPack', found: { issue: 'otherVersion', found: pack.version } });
  });
});
