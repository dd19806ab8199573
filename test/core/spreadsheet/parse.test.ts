import { checkFormula, parseFormula, rewriteSheets, type Formula } from '../../../src/core/spreadsheet';

function parsed(text: string): Formula {
  const r = parseFormula(text);
  if (!r.ok) throw new Error(`${text}: ${r.message} at ${r.position}`);
  return r.formula;
}

function refusal(text: string): string {
  const r = parseFormula(text);
  if (r.ok) throw new Error(`${text} should not parse`);
  return r.message;
}

describe('parseFormula', () => {
  it('reads references with and without sheets, quoted names with apostrophes, ranges and $', () => {
    const f = parsed("=SUM('Chi tiết'!E7:E22)+Data!$A$1+'It''s'!B2+C3:$D$4");
    expect(f.text).toBe("SUM('Chi tiết'!E7:E22)+Data!$A$1+'It''s'!B2+C3:$D$4");
    expect(f.sheets.map((s) => s.name)).toEqual(['Chi tiết', 'Data', "It's"]);
    expect(f.sheets.map((s) => f.text.slice(s.start, s.end))).toEqual(["'Chi tiết'!", 'Data!', "'It''s'!"]);
    expect(f.functions).toEqual(['SUM']);
    const sum = f.ast as any;
    expect(sum.left.left.left.args[0]).toMatchObject({ type: 'ref', area: { row: 6, col: 4, rows: 16, cols: 1 } });
    expect(sum.right).toMatchObject({ type: 'ref', sheet: null, area: { row: 2, col: 2, rows: 2, cols: 2 } });
  });

  it('reads numbers, texts with doubled quotes, booleans, errors, array constants and names', () => {
    const f = parsed('IF(A1>1E-12,"a ""b""",{1,-2;"x",TRUE})&#N/A&KT_LOI&.5');
    expect(f.names).toEqual(['KT_LOI']);
    const text = JSON.stringify(f.ast, (_k, v) => (typeof v === 'bigint' ? String(v) : v));
    expect(text).toContain('"a \\"b\\""');
    expect(text).toContain('"#N/A"');
    expect((f.ast as any).left.left.left.args[2]).toEqual({
      type: 'array',
      rows: [
        [expect.objectContaining({ kind: 'number' }), expect.objectContaining({ kind: 'number' })],
        [
          { kind: 'text', value: 'x' },
          { kind: 'bool', value: true },
        ],
      ],
    });
  });

  it('reads #REF!A1 as a reference to a deleted sheet', () => {
    const f = parsed('SUM(#REF!E7:E22)+#REF!');
    expect(f.hasDeletedRef).toBe(true);
    expect((f.ast as any).left.args[0]).toMatchObject({ type: 'ref', deleted: true, area: { row: 6, col: 4, rows: 16, cols: 1 } });
    expect((f.ast as any).right).toEqual({ type: 'error', code: '#REF!' });
  });

  it("follows Excel's precedence: unary minus before ^, ^ left to right, & below +, comparisons last", () => {
    const shape = (t: string) => JSON.stringify(parsed(t).ast, (_k, v) => (typeof v === 'bigint' ? String(v) : v));
    expect(shape('-2^2')).toBe(shape('(-2)^2'));
    expect(shape('2^3^2')).toBe(shape('(2^3)^2'));
    expect(shape('1+2&3')).toBe(shape('(1+2)&3'));
    expect(shape('1+1=2')).toBe(shape('(1+1)=2'));
    expect(shape('2*3+4')).toBe(shape('(2*3)+4'));
    expect(shape('-50%')).toBe(shape('(-50)%'));
  });

  it('keeps omitted arguments', () => {
    expect((parsed('IF(A1,,1)').ast as any).args.map((a: any) => a.type)).toEqual(['ref', 'missing', 'number']);
    expect((parsed('F()').ast as any).args).toEqual([]);
  });

  it('refuses what it does not read, saying where', () => {
    expect(refusal('SUM(A1')).toMatch(/expected "\)"/);
    expect(refusal('"abc')).toMatch(/not closed/);
    expect(refusal('A1)')).toMatch(/"\)"/);
    expect(refusal('1+')).toMatch(/ends too early/);
    expect(refusal('SUM(A:A)')).toBeTruthy();
    expect(refusal('A1 B1')).toMatch(/intersection/);
    expect(refusal("'Sheet!A1")).toMatch(/not closed/);
    expect(refusal('#WHAT?')).toMatch(/unknown error/);
    expect(refusal('{1,2;3}')).toMatch(/differ in length/);
    expect(refusal('=')).toMatch(/empty/);
    // Past column XFD it is a name, as in Excel.
    expect(parsed('XFE1+1').names).toEqual(['XFE1']);
  });
});

describe('rewriteSheets — what Excel does to formula text when a sheet is renamed or deleted', () => {
  const f = parsed("SUM('Chi tiết'!E7:E22)+'Chi tiết'!A1+Data!B2+C3");

  it('renames, keeping the quotes and quoting a name that needs them', () => {
    expect(rewriteSheets(f, (m) => (m.name === 'Chi tiết' ? 'Chi tiết 2' : undefined))).toBe("SUM('Chi tiết 2'!E7:E22)+'Chi tiết 2'!A1+Data!B2+C3");
    expect(rewriteSheets(f, (m) => (m.name === 'Data' ? 'Số liệu' : undefined))).toBe("SUM('Chi tiết'!E7:E22)+'Chi tiết'!A1+'Số liệu'!B2+C3");
    expect(rewriteSheets(f, (m) => (m.name === 'Data' ? "O'Brien" : undefined))).toBe("SUM('Chi tiết'!E7:E22)+'Chi tiết'!A1+'O''Brien'!B2+C3");
    expect(rewriteSheets(f, (m) => (m.name === 'Data' ? 'A1' : undefined))).toContain("'A1'!B2");
  });

  it('turns the references to a deleted sheet into #REF!, keeping the cells', () => {
    expect(rewriteSheets(f, (m) => (m.name === 'Chi tiết' ? null : undefined))).toBe('SUM(#REF!E7:E22)+#REF!A1+Data!B2+C3');
    expect(parsed(rewriteSheets(f, () => null)).hasDeletedRef).toBe(true);
  });
});

describe('checkFormula', () => {
  it('names unknown functions and wrong numbers of arguments', () => {
    expect(checkFormula(parsed('SUM(A1)+IF(A1,1)'))).toEqual([]);
    expect(checkFormula(parsed('FOO(1)+SUMM(A1:A2)'))).toEqual(['unknown function FOO', 'unknown function SUMM']);
    expect(checkFormula(parsed('IF(1)'))).toEqual(['IF takes 2 to 3 arguments, not 1']);
    expect(checkFormula(parsed('ROUND(1.5)'))).toEqual(['ROUND takes 2 arguments, not 1']);
    expect(checkFormula(parsed('-ABS(FOO())'))).toEqual(['unknown function FOO']);
  });
});
