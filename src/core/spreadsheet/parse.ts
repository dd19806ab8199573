import { Decimal } from '../numbers/decimal';
import type { Area, BinaryOp, Formula, Node, SheetMention } from './ast';
import { err, isErrorCode, type ErrorCode, type Scalar } from './values';

/**
 * A parser for the A1 formulas the project writes (and most ordinary ones), as Excel reads them in
 * en-US: numbers ("1.5", "1E-12"), texts ("a ""b"""), TRUE/FALSE, error literals (#REF! …), array
 * constants ({"a";"b"} and {1,2}), references (A1, $E$11, E9:J9, 'Chi tiết'!E7:E22, Data!A1, and
 * #REF!A1 for a deleted sheet), defined names, function calls with omitted arguments (IF(A1,,1)),
 * the operators + - * / ^ & = <> < <= > >= and unary - + %, with Excel's precedence (unary minus
 * binds tighter than ^: -2^2 is 4; ^ is left-associative).
 * Not read (a parse error): whole rows or columns (A:A, 1:3), 3-D references (Sheet1:Sheet3!A1),
 * external workbooks ([Book]Sheet!A1), the intersection (space) and union operators, R1C1,
 * structured table references, the implicit-intersection "@". No evaluation here.
 */

export type ParseResult = { ok: true; formula: Formula } | { ok: false; message: string; position: number };

const MAX_ROWS = 1048576;
const MAX_COLS = 16384;

type Token =
  | { t: 'num'; v: Decimal; at: number }
  | { t: 'str'; v: string; at: number }
  | { t: 'err'; v: ErrorCode; at: number }
  | { t: 'ref'; sheet: SheetMention | null; deleted: boolean; area: Area; at: number }
  | { t: 'id'; v: string; at: number }
  | { t: 'fn'; v: string; at: number }
  | { t: 'op'; v: string; at: number }
  | { t: 'end'; at: number };

class ParseError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
  }
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const WORD = /[\p{L}\p{N}_.$\\]/u;
const WORD_START = /[\p{L}_\\$]/u;
const ERROR_LITERAL = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A)/i;
const NUMBER = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/;

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "$E$11" → {row: 10, col: 4}; null when it is not a cell inside A1:XFD1048576. */
function cellOf(text: string): { row: number; col: number } | null {
  const m = CELL.exec(text);
  if (!m) return null;
  const col = columnIndex(m[1]);
  const row = Number(m[2]) - 1;
  if (row < 0 || row >= MAX_ROWS || col >= MAX_COLS) return null;
  return { row, col };
}

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const word = (from: number) => {
    let j = from;
    while (j < src.length && WORD.test(src[j])) j++;
    return j;
  };
  /** A cell or block right at `from` (after a sheet prefix); returns the area and where it ends. */
  const areaAt = (from: number): { area: Area; end: number } | null => {
    const end1 = word(from);
    const a = cellOf(src.slice(from, end1));
    if (!a) return null;
    if (src[end1] === ':') {
      const end2 = word(end1 + 1);
      const b = cellOf(src.slice(end1 + 1, end2));
      if (!b) throw new ParseError(`not a cell reference: ${src.slice(end1 + 1, end2) || '(nothing)'}`, end1 + 1);
      return {
        area: { row: Math.min(a.row, b.row), col: Math.min(a.col, b.col), rows: Math.abs(b.row - a.row) + 1, cols: Math.abs(b.col - a.col) + 1 },
        end: end2,
      };
    }
    return { area: { row: a.row, col: a.col, rows: 1, cols: 1 }, end: end1 };
  };
  const refAfterPrefix = (sheet: SheetMention | null, deleted: boolean, from: number, at: number) => {
    const found = areaAt(from);
    if (!found) throw new ParseError('a sheet name must be followed by a cell reference', from);
    if (src[found.end] === '!' || src[found.end] === '(' || (found.end < src.length && WORD.test(src[found.end]))) {
      throw new ParseError('not a cell reference', from);
    }
    tokens.push({ t: 'ref', sheet, deleted, area: found.area, at });
    i = found.end;
  };

  while (i < src.length) {
    const ch = src[i];
    if (ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t') {
      i++;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let value = '';
      for (;;) {
        if (j >= src.length) throw new ParseError('a text is not closed with "', i);
        if (src[j] === '"') {
          if (src[j + 1] === '"') {
            value += '"';
            j += 2;
            continue;
          }
          break;
        }
        value += src[j++];
      }
      tokens.push({ t: 'str', v: value, at: i });
      i = j + 1;
      continue;
    }
    if (ch === "'") {
      let j = i + 1;
      let name = '';
      for (;;) {
        if (j >= src.length) throw new ParseError("a sheet name is not closed with '", i);
        if (src[j] === "'") {
          if (src[j + 1] === "'") {
            name += "'";
            j += 2;
            continue;
          }
          break;
        }
        name += src[j++];
      }
      if (src[j + 1] !== '!') throw new ParseError("a quoted sheet name must be followed by '!'", j + 1);
      if (name === '' || /[:[\]]/.test(name)) throw new ParseError(`not a sheet reference: '${name}'`, i);
      refAfterPrefix({ name, start: i, end: j + 2 }, false, j + 2, i);
      continue;
    }
    if (ch === '#') {
      const m = ERROR_LITERAL.exec(src.slice(i));
      if (!m) throw new ParseError('unknown error value', i);
      const code = m[0].toUpperCase();
      if (code === '#REF!' && i + m[0].length < src.length && /[$A-Za-z]/.test(src[i + m[0].length])) {
        refAfterPrefix(null, true, i + m[0].length, i);
        continue;
      }
      tokens.push({ t: 'err', v: code as ErrorCode, at: i });
      i += m[0].length;
      continue;
    }
    if (/\d/.test(ch) || (ch === '.' && /\d/.test(src[i + 1] ?? ''))) {
      const m = NUMBER.exec(src.slice(i))!;
      const value = Decimal.parse(m[0]);
      if (!value) throw new ParseError(`not a number: ${m[0]}`, i);
      if (i + m[0].length < src.length && WORD.test(src[i + m[0].length])) throw new ParseError('not a number', i);
      tokens.push({ t: 'num', v: value, at: i });
      i += m[0].length;
      continue;
    }
    if (WORD_START.test(ch)) {
      const end = word(i);
      const run = src.slice(i, end);
      if (src[end] === '!') {
        if (run.includes('$') || /^\d/.test(run)) throw new ParseError(`not a sheet name: ${run}`, i);
        refAfterPrefix({ name: run, start: i, end: end + 1 }, false, end + 1, i);
        continue;
      }
      if (src[end] === '(' && !run.includes('$')) {
        tokens.push({ t: 'fn', v: run.toUpperCase(), at: i });
        i = end + 1;
        continue;
      }
      if (cellOf(run) || (src[end] === ':' && CELL.test(run))) {
        refAfterPrefix(null, false, i, i);
        continue;
      }
      if (run.includes('$')) throw new ParseError(`not a reference: ${run}`, i);
      tokens.push({ t: 'id', v: run, at: i });
      i = end;
      continue;
    }
    const two = src.slice(i, i + 2);
    if (two === '<>' || two === '<=' || two === '>=') {
      tokens.push({ t: 'op', v: two, at: i });
      i += 2;
      continue;
    }
    if ('+-*/^&=<>%(),;{}'.includes(ch)) {
      tokens.push({ t: 'op', v: ch, at: i });
      i++;
      continue;
    }
    throw new ParseError(`unexpected character "${ch}"`, i);
  }
  tokens.push({ t: 'end', at: src.length });
  return tokens;
}

const COMPARISONS = new Set(['=', '<>', '<', '<=', '>', '>=']);

class Parser {
  private i = 0;
  readonly functions = new Set<string>();
  readonly names = new Set<string>();
  deleted = false;

  constructor(private readonly tokens: Token[]) {}

  private peek(): Token {
    return this.tokens[this.i];
  }

  private isOp(v: string): boolean {
    const t = this.peek();
    return t.t === 'op' && t.v === v;
  }

  private expectOp(v: string): void {
    if (!this.isOp(v)) throw new ParseError(`expected "${v}"`, this.peek().at);
    this.i++;
  }

  parseAll(): Node {
    const node = this.expression();
    const t = this.peek();
    if (t.t !== 'end') throw new ParseError(t.t === 'op' && t.v === ')' ? 'a ")" has no "("' : 'unexpected text after the formula (intersection and union operators are not read)', t.at);
    return node;
  }

  private binaryLevel(next: () => Node, ops: (v: string) => boolean): Node {
    let left = next();
    for (;;) {
      const t = this.peek();
      if (t.t !== 'op' || !ops(t.v)) return left;
      this.i++;
      const right = next();
      left = { type: 'binary', op: t.v as BinaryOp, left, right };
    }
  }

  expression(): Node {
    return this.binaryLevel(() => this.concat(), (v) => COMPARISONS.has(v));
  }

  private concat(): Node {
    return this.binaryLevel(() => this.additive(), (v) => v === '&');
  }

  private additive(): Node {
    return this.binaryLevel(() => this.multiplicative(), (v) => v === '+' || v === '-');
  }

  private multiplicative(): Node {
    return this.binaryLevel(() => this.power(), (v) => v === '*' || v === '/');
  }

  private power(): Node {
    return this.binaryLevel(() => this.postfix(), (v) => v === '^');
  }

  private postfix(): Node {
    let node = this.prefix();
    while (this.isOp('%')) {
      this.i++;
      node = { type: 'unary', op: '%', arg: node };
    }
    return node;
  }

  private prefix(): Node {
    if (this.isOp('-') || this.isOp('+')) {
      const op = (this.tokens[this.i++] as { v: string }).v as '+' | '-';
      return { type: 'unary', op, arg: this.prefix() };
    }
    return this.primary();
  }

  private primary(): Node {
    const t = this.peek();
    switch (t.t) {
      case 'num':
        this.i++;
        return { type: 'number', value: t.v };
      case 'str':
        this.i++;
        return { type: 'text', value: t.v };
      case 'err':
        this.i++;
        return { type: 'error', code: t.v };
      case 'ref':
        this.i++;
        if (t.deleted) this.deleted = true;
        return { type: 'ref', sheet: t.sheet, deleted: t.deleted, area: t.area };
      case 'id': {
        this.i++;
        const upper = t.v.toUpperCase();
        if (upper === 'TRUE' || upper === 'FALSE') return { type: 'bool', value: upper === 'TRUE' };
        this.names.add(t.v);
        return { type: 'name', name: t.v };
      }
      case 'fn':
        this.i++;
        return this.call(t.v, t.at);
      case 'op':
        if (t.v === '(') {
          this.i++;
          const inner = this.expression();
          this.expectOp(')');
          return inner;
        }
        if (t.v === '{') {
          this.i++;
          return this.arrayConstant(t.at);
        }
        throw new ParseError(`unexpected "${t.v}"`, t.at);
      case 'end':
        throw new ParseError('the formula ends too early', t.at);
    }
  }

  private call(name: string, at: number): Node {
    if (!/^[A-Z_][A-Z0-9_.]*$/.test(name)) throw new ParseError(`not a function name: ${name}`, at);
    this.functions.add(name);
    const args: Node[] = [];
    if (this.isOp(')')) {
      this.i++;
      return { type: 'call', name, args };
    }
    for (;;) {
      if (this.isOp(',') || this.isOp(')')) args.push({ type: 'missing' });
      else args.push(this.expression());
      if (this.isOp(',')) {
        this.i++;
        continue;
      }
      this.expectOp(')');
      return { type: 'call', name, args };
    }
  }

  private arrayConstant(at: number): Node {
    const rows: Scalar[][] = [[]];
    for (;;) {
      rows[rows.length - 1].push(this.arrayItem());
      if (this.isOp(',')) {
        this.i++;
        continue;
      }
      if (this.isOp(';')) {
        this.i++;
        rows.push([]);
        continue;
      }
      this.expectOp('}');
      break;
    }
    if (rows.some((r) => r.length !== rows[0].length)) throw new ParseError('the rows of an array constant differ in length', at);
    return { type: 'array', rows };
  }

  private arrayItem(): Scalar {
    let negative = false;
    if (this.isOp('-') || this.isOp('+')) negative = (this.tokens[this.i++] as { v: string }).v === '-';
    const t = this.peek();
    this.i++;
    if (t.t === 'num') return { kind: 'number', value: negative ? t.v.neg() : t.v };
    if (negative) throw new ParseError('only a number can follow a sign in an array constant', t.at);
    if (t.t === 'str') return { kind: 'text', value: t.v };
    if (t.t === 'err') return err(t.v);
    if (t.t === 'id' && /^(TRUE|FALSE)$/i.test(t.v)) return { kind: 'bool', value: t.v.toUpperCase() === 'TRUE' };
    throw new ParseError('an array constant holds numbers, texts, TRUE/FALSE or errors only', t.at);
  }
}

/** Parses a formula, with or without its leading "=". Offsets in the result are in `formula.text` (no "="). */
export function parseFormula(source: string): ParseResult {
  const text = source.startsWith('=') ? source.slice(1) : source;
  try {
    if (text.trim() === '') throw new ParseError('the formula is empty', 0);
    const tokens = tokenize(text);
    const parser = new Parser(tokens);
    const ast = parser.parseAll();
    const sheets = tokens.flatMap((t) => (t.t === 'ref' && t.sheet ? [t.sheet] : []));
    return {
      ok: true,
      formula: { text, ast, sheets, functions: [...parser.functions], names: [...parser.names], hasDeletedRef: parser.deleted },
    };
  } catch (e) {
    if (e instanceof ParseError) return { ok: false, message: e.message, position: e.position };
    throw e;
  }
}

/** Excel's error literal for a code ("#REF!"), checked. */
export function errorLiteral(code: string): ErrorCode | null {
  const upper = code.toUpperCase();
  return isErrorCode(upper) ? upper : null;
}
