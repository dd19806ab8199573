import { Decimal } from '../../../src/core/numbers/decimal';
import { formatGeneral, FUNCTION_NAMES } from '../../../src/core/spreadsheet';
import { calc, TestBook } from './helpers';

/** A sheet with numbers, texts, booleans, an empty cell, an error and a formula giving "". */
const book = () =>
  new TestBook(
    {
      S: {
        A1: 1,
        A2: 2.5,
        A3: 'x',
        A4: true,
        A5: null,
        A6: { error: '#DIV/0!' },
        A7: '=""',
        A8: '5',
        A9: 0,
        B1: 'a',
        B2: 'b',
        B3: 'a',
        C1: 2,
        C2: 2,
        C3: 3,
        D1: -4,
        D2: 10,
        D3: 0.1,
      },
      'Chi tiết': { E7: 100, E8: 250.5, E9: null, E10: 'ghi chú' },
    },
    { KT_LOI: "'Chi tiết'!$E$7:$E$10", HANG: '="PL01"' },
  );

describe('arithmetic on exact decimals, with blanks, texts and booleans as Excel converts them', () => {
  it('adds money exactly and keeps 15 significant digits in text', () => {
    expect(calc('0.1+0.2')).toBe('0.3');
    expect(calc('(0.1+0.2)&""')).toBe('"0.3"');
    expect(calc('1/3')).toBe('0.333333333333');
    expect(calc('1250.5&" đồng"')).toBe('"1250.5 đồng"');
    expect(calc('10^LEN("abc")')).toBe('1000');
    expect(calc('2^-1')).toBe('0.5');
    expect(calc('-2^2')).toBe('4');
    expect(calc('50%')).toBe('0.5');
    expect(calc('0^0')).toBe('#NUM!');
    expect(calc('(-8)^0.5')).toBe('#NUM!');
  });

  it('reads an empty cell as 0 and "" and a formula that reads it as 0', () => {
    const b = book();
    expect(calc('A5', b)).toBe('0');
    expect(calc('A5+1', b)).toBe('1');
    expect(calc('A5&"|"', b)).toBe('"|"');
    expect(calc('A7&"|"', b)).toBe('"|"');
  });

  it('converts text and booleans in arithmetic, and refuses text that is not a number', () => {
    const b = book();
    expect(calc('A8+1', b)).toBe('6');
    expect(calc('"1,250"*1')).toBe('1250');
    expect(calc('" 2.5 "*2')).toBe('5');
    expect(calc('"5%"*1')).toBe('0.05');
    expect(calc('A4+1', b)).toBe('2');
    expect(calc('A3+1', b)).toBe('#VALUE!');
    expect(calc('""+1')).toBe('#VALUE!');
    expect(calc('"1.250,5"*1')).toBe('#VALUE!');
  });

  it('propagates the first error met, left operand first', () => {
    const b = book();
    expect(calc('1/0')).toBe('#DIV/0!');
    expect(calc('A6+#REF!', b)).toBe('#DIV/0!');
    expect(calc('#REF!+A6', b)).toBe('#REF!');
    expect(calc('A6&"x"', b)).toBe('#DIV/0!');
    expect(calc('A6=1', b)).toBe('#DIV/0!');
  });
});

describe("comparisons, as Excel orders values: numbers < texts < booleans, texts without case", () => {
  it.each([
    ['"a"="A"', true],
    ['"10">9', true],
    ['"10"=10', false],
    ['TRUE>1000', true],
    ['FALSE<"z"', false],
    ['"abc"<"abd"', true],
    ['1<>1', false],
    ['2>=2', true],
    ['A5=0', true],
    ['A5=""', true],
    ['A5=FALSE', true],
    ['A7=A5', true],
    ['A9=""', false],
  ])('%s → %s', (formula, expected) => {
    expect(calc(formula, book())).toBe(expected);
  });
});

describe('functions', () => {
  const b = book();

  it('has every function the project writes, and COUNTIF', () => {
    expect(FUNCTION_NAMES).toEqual(
      ['ABS', 'AND', 'CHOOSE', 'COUNTIF', 'FIND', 'HYPERLINK', 'IF', 'IFERROR', 'INDEX', 'ISBLANK', 'ISERROR', 'ISLOGICAL', 'ISNUMBER', 'ISTEXT', 'LEFT', 'LEN', 'MATCH', 'MAX', 'MID', 'MIN', 'N', 'NOT', 'OR', 'REPT', 'RIGHT', 'ROUND', 'SUBSTITUTE', 'SUM', 'SUMPRODUCT', 'TRIM', 'TRUNC', 'VALUE'].sort(),
    );
    expect(calc('FOO(1)')).toBe('#NAME?');
    expect(calc('NO_SUCH_NAME+1')).toBe('#NAME?');
  });

  it('SUM: numbers of references only, typed arguments converted, errors win', () => {
    expect(calc('SUM(A1:A5)', b)).toBe('3.5');
    expect(calc('SUM(A8)', b)).toBe('0');
    expect(calc('SUM("5",TRUE,2)')).toBe('8');
    expect(calc('SUM("x")')).toBe('#VALUE!');
    expect(calc('SUM(A1:A6)', b)).toBe('#DIV/0!');
    expect(calc("SUM('Chi tiết'!E7:E10)", b)).toBe('350.5');
    expect(calc('SUM(KT_LOI)', b)).toBe('350.5');
    expect(calc('SUM({1,"2",TRUE})')).toBe('1');
    expect(calc('SUM(D1:D3)', b)).toBe('6.1');
  });

  it('HYPERLINK shows its friendly name, else the link; errors stay errors', () => {
    expect(calc('HYPERLINK("#\'Tình hình nộp\'!C5","LĐLĐ huyện Ba Bể")')).toBe('"LĐLĐ huyện Ba Bể"');
    expect(calc('HYPERLINK("#A1")')).toBe('"#A1"');
    expect(calc('HYPERLINK("#A1",1/0)')).toBe('#DIV/0!');
  });

  it('MIN / MAX: 0 when nothing is a number', () => {
    expect(calc('MIN(D1:D3)', b)).toBe('-4');
    expect(calc('MAX(D1:D3,11)', b)).toBe('11');
    expect(calc('MAX(A3:A5)', b)).toBe('0');
    expect(calc('MIN(B1:B3)', b)).toBe('0');
    expect(calc('MAX(ABS(D1),ABS(D2),1)*1E-12', b)).toBe('0.00000000001');
  });

  it('IF: lazy, blank condition false, text condition an error, omitted branches', () => {
    expect(calc('IF(TRUE,1,1/0)')).toBe('1');
    expect(calc('IF(A5,1,2)', b)).toBe('2');
    expect(calc('IF(2,"y","n")')).toBe('"y"');
    expect(calc('IF("x",1,2)')).toBe('#VALUE!');
    expect(calc('IF("true",1,2)')).toBe('1');
    expect(calc('IF(FALSE,1)')).toBe(false);
    expect(calc('IF(TRUE,,1)')).toBe('0');
    expect(calc('IF(1/0,1,2)')).toBe('#DIV/0!');
    expect(calc('SUM(IF(C1:C3=2,1,0))', b)).toBe('2');
  });

  it('AND / OR: booleans and numbers of references, texts ignored, nothing → #VALUE!', () => {
    expect(calc('AND(A1,A4)', b)).toBe(true);
    expect(calc('AND(A1:A5)', b)).toBe(true);
    expect(calc('OR(A9,FALSE)', b)).toBe(false);
    expect(calc('OR(B1:B3)', b)).toBe('#VALUE!');
    expect(calc('AND("TRUE",1)')).toBe(true);
    expect(calc('AND("x",1)')).toBe('#VALUE!');
    expect(calc('OR(A6,TRUE)', b)).toBe('#DIV/0!');
    expect(calc('NOT(A9)', b)).toBe(true);
    expect(calc('NOT("x")')).toBe('#VALUE!');
  });

  it('ABS, ROUND half away from zero (digits truncated), TRUNC toward zero', () => {
    expect(calc('ABS(-2.5)')).toBe('2.5');
    expect(calc('ROUND(2.5,0)')).toBe('3');
    expect(calc('ROUND(-2.5,0)')).toBe('-3');
    expect(calc('ROUND(1.005,2)')).toBe('1.01');
    expect(calc('ROUND(1250,-2)')).toBe('1300');
    expect(calc('ROUND(1.26,1.9)')).toBe('1.3');
    expect(calc('ROUND(-0.125,2)')).toBe('-0.13');
    expect(calc('ROUND("x",1)')).toBe('#VALUE!');
    expect(calc('TRUNC(-2.79)')).toBe('-2');
    expect(calc('TRUNC(2.789,2)')).toBe('2.78');
    expect(calc('TRUNC(1289,-2)')).toBe('1200');
  });

  it('IS… functions look at errors without propagating them; ISBLANK only for an empty cell', () => {
    expect(calc('ISNUMBER(A1)', b)).toBe(true);
    expect(calc('ISNUMBER(A8)', b)).toBe(false);
    expect(calc('ISTEXT(A8)', b)).toBe(true);
    expect(calc('ISTEXT(A5)', b)).toBe(false);
    expect(calc('ISBLANK(A5)', b)).toBe(true);
    expect(calc('ISBLANK(A7)', b)).toBe(false);
    expect(calc('ISBLANK(A9)', b)).toBe(false);
    expect(calc('ISERROR(A6)', b)).toBe(true);
    expect(calc('ISERROR(1/0)')).toBe(true);
    expect(calc('ISLOGICAL(A4)', b)).toBe(true);
    expect(calc('ISNUMBER(FIND("9","0123456789"))')).toBe(true);
  });

  it('IFERROR replaces errors only, cell by cell over a block', () => {
    expect(calc('IFERROR(1/0,"")')).toBe('""');
    expect(calc('IFERROR(A1,"")', b)).toBe('1');
    expect(calc('IFERROR(#N/A,)')).toBe('0');
    expect(calc('SUM(IFERROR(1/(C1:C3-2),0))', b)).toBe('1');
  });

  it('COUNTIF with the criteria forms Excel reads', () => {
    expect(calc('COUNTIF(C1:C3,2)', b)).toBe('2');
    expect(calc('COUNTIF(C1:C3,">2")', b)).toBe('1');
    expect(calc('COUNTIF(C1:C3,"<>2")', b)).toBe('1');
    expect(calc('COUNTIF(D1:D3,">=0")', b)).toBe('2');
    expect(calc('COUNTIF(B1:B3,"a")', b)).toBe('2');
    expect(calc('COUNTIF(B1:B3,"A")', b)).toBe('2');
    expect(calc('COUNTIF(B1:B3,"<>a")', b)).toBe('1');
    expect(calc('COUNTIF(A1:A9,"*")', b)).toBe('3');
    expect(calc('COUNTIF(A1:A9,"?")', b)).toBe('2');
    expect(calc('COUNTIF(A1:A9,5)', b)).toBe('1');
    expect(calc('COUNTIF(A1:A9,"")', b)).toBe('2');
    expect(calc('COUNTIF(A1:A9,"=")', b)).toBe('1');
    expect(calc('COUNTIF(A1:A9,"<>")', b)).toBe('8');
    expect(calc('COUNTIF(A1:A9,TRUE)', b)).toBe('1');
    expect(calc('COUNTIF(A1:A9,"#DIV/0!")', b)).toBe('1');
    expect(calc('COUNTIF(B1:B3,"~*")', b)).toBe('0');
  });

  it('SUMPRODUCT: boolean products through -- or *, arrays of one size', () => {
    expect(calc('SUMPRODUCT((B1:B3="a")*(C1:C3=2))', b)).toBe('1');
    expect(calc('SUMPRODUCT((B1:B3="a")*C1:C3)', b)).toBe('5');
    expect(calc('SUMPRODUCT(--(B1:B3<>{"a";"x";"a"}))', b)).toBe('1');
    // A column against a row: Excel broadcasts both to 3×3.
    expect(calc('SUMPRODUCT(--(C1:C3<>{2,2,3}))', b)).toBe('4');
    expect(calc('SUMPRODUCT(B1:B3="a")', b)).toBe('0');
    expect(calc('SUMPRODUCT(C1:C3,D1:D3)', b)).toBe('12.3');
    expect(calc('SUMPRODUCT(C1:C3,D1:D2)', b)).toBe('#VALUE!');
    expect(calc('SUMPRODUCT(A1:A6*1)', b)).toBe('#VALUE!');
    expect(calc('SUMPRODUCT(LEN("1.250")-LEN(SUBSTITUTE("1.250",{"0","1","2","3","4","5","6","7","8","9"},"")))')).toBe('4');
    expect(calc('SUMPRODUCT(--(MID(REPT("0",40)&"1250",41+LEN("1250")-{4;3},1)="2"))')).toBe('1');
  });

  it('text functions', () => {
    expect(calc('LEN("Tổng số")')).toBe('7');
    expect(calc('LEN(A1)', b)).toBe('1');
    expect(calc('LEFT("1.250")')).toBe('"1"');
    expect(calc('LEFT("1.250",3)&RIGHT("1.250",2)')).toBe('"1.250"');
    expect(calc('LEFT("ab",-1)')).toBe('#VALUE!');
    expect(calc('MID("abcdef",2,3)')).toBe('"bcd"');
    expect(calc('MID("abc",5,2)')).toBe('""');
    expect(calc('MID("abc",0,2)')).toBe('#VALUE!');
    expect(calc('FIND("c","abcabc")')).toBe('3');
    expect(calc('FIND("c","abcabc",4)')).toBe('6');
    expect(calc('FIND("C","abc")')).toBe('#VALUE!');
    expect(calc('SUBSTITUTE("1.250.000",".","")')).toBe('"1250000"');
    expect(calc('SUBSTITUTE("1.250.000",".","#",2)')).toBe('"1.250#000"');
    expect(calc('FIND("#",SUBSTITUTE("1.250.000",".","#",2))')).toBe('6');
    expect(calc('TRIM("  a   b  ")')).toBe('"a b"');
    expect(calc('VALUE("1,250")')).toBe('1250');
    expect(calc('VALUE("007")')).toBe('7');
    expect(calc('VALUE("abc")')).toBe('#VALUE!');
    expect(calc('REPT("ab",3)')).toBe('"ababab"');
    expect(calc('REPT("ab",-1)')).toBe('#VALUE!');
    expect(calc('LEN(REPT("x",32767)&"y")')).toBe('#VALUE!');
  });

  it('CHOOSE is lazy; INDEX and MATCH find the first flagged row', () => {
    expect(calc('CHOOSE(2,1/0,"b",1/0)')).toBe('"b"');
    expect(calc('CHOOSE(4,"a","b")')).toBe('#VALUE!');
    expect(calc('MATCH(3,C1:C3,0)', b)).toBe('3');
    expect(calc('MATCH("A",B1:B3,0)', b)).toBe('1');
    expect(calc('MATCH("b*",B1:B3,0)', b)).toBe('2');
    expect(calc('MATCH(9,C1:C3,0)', b)).toBe('#N/A');
    expect(calc('MATCH(2.5,C1:C3)', b)).toBe('2');
    expect(calc('MATCH(1,A1:C3,0)', b)).toBe('#N/A');
    expect(calc('INDEX(B1:B3,MATCH(3,C1:C3,0))', b)).toBe('"a"');
    expect(calc('IFERROR(INDEX(B1:B3,MATCH(9,C1:C3,0)),"")', b)).toBe('""');
    expect(calc('INDEX(C1:D3,2,2)', b)).toBe('10');
    expect(calc('SUM(INDEX(C1:D3,0,2))', b)).toBe('6.1');
    expect(calc('INDEX({1,2,3},3)')).toBe('3');
    expect(calc('INDEX(C1:C3,4)', b)).toBe('#REF!');
  });
});

describe('references, names, sheets', () => {
  it('#REF! for a sheet that does not exist or was deleted; names resolve to cells or constants', () => {
    const b = book();
    expect(calc("SUM('Không có'!A1:A3)", b)).toBe('#REF!');
    expect(calc('SUM(#REF!A1:A3)', b)).toBe('#REF!');
    expect(calc('HANG&"/x"', b)).toBe('"PL01/x"');
    // The text in E10 makes its product #VALUE!, and SUMPRODUCT gives the error, as Excel does.
    expect(calc('SUMPRODUCT((KT_LOI>200)*KT_LOI)', b)).toBe('#VALUE!');
    expect(calc('SUMPRODUCT((KT_LOI>200)*ISNUMBER(KT_LOI))', b)).toBe('1');
    expect(calc("'chi TIẾT'!E8", b)).toBe('250.5');
  });

  it('a block as the result gives its top-left value', () => {
    expect(calc('C1:C3*2', book())).toBe('4');
  });
});

describe('formatGeneral — numbers as & shows them', () => {
  it.each([
    ['0', '0'],
    ['-1250.5', '-1250.5'],
    ['0.000000001', '0.000000001'],
    ['0.0000000001', '1E-10'],
    ['123456789012345678', '1.23456789012346E+17'],
    ['999999999999999.5', '1E+15'],
    ['1234567.891234567891', '1234567.89123457'],
    ['-0.3', '-0.3'],
  ])('%s → %s', (n, text) => {
    expect(formatGeneral(Decimal.parse(n)!)).toBe(text);
  });
});
