import type { BinaryOp, CodeSpan, CompareOp, Expr, FunctionName, RefNode } from './ast';
import { FUNCTION_NAMES } from './ast';

/**
 * Recursive-descent parser of the expression language. It knows nothing of evaluation: the
 * evaluator and the formula compiler walk the AST it returns. Accepts the typographic operators
 * a finance officer may type (− × ÷ ≠ ≤ ≥) beside their ASCII forms.
 */

export interface ParseFailure {
  ok: false;
  /** 0-based offset in the source. */
  pos: number;
  /** What the parser expected there, in plain words (English tokens; the i18n layer words it). */
  expected: string;
  found: string;
}

export type ParseResult = { ok: true; expr: Expr } | ParseFailure;

type Tok =
  | { t: 'num'; v: number; pos: number; text: string }
  | { t: 'ref'; v: string; pos: number; text: string }
  | { t: 'id'; v: string; pos: number; text: string }
  | { t: 'op'; v: string; pos: number; text: string }
  | { t: 'end'; pos: number; text: string };

class Fail extends Error {
  constructor(readonly pos: number, readonly expected: string, readonly found: string) {
    super(`at ${pos}: expected ${expected}, found ${found}`);
  }
}

const OP_ALIASES: Record<string, string> = { '−': '-', '×': '*', '÷': '/', '≠': '!=', '≤': '<=', '≥': '>=', '<>': '!=', '==': '=' };

function lex(src: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '{') {
      const end = src.indexOf('}', i);
      if (end < 0) throw new Fail(i, '"}" closing the reference', 'end of text');
      toks.push({ t: 'ref', v: src.slice(i + 1, end), pos: i, text: src.slice(i, end + 1) });
      i = end + 1;
      continue;
    }
    const num = /^(\d+(?:\.\d+)?)/.exec(src.slice(i));
    if (num) {
      toks.push({ t: 'num', v: Number(num[1]), pos: i, text: num[1] });
      i += num[1].length;
      continue;
    }
    const id = /^([A-Za-z_][A-Za-z0-9_]*)/.exec(src.slice(i));
    if (id) {
      toks.push({ t: 'id', v: id[1], pos: i, text: id[1] });
      i += id[1].length;
      continue;
    }
    const two = src.slice(i, i + 2);
    if (['<=', '>=', '!=', '<>', '=='].includes(two)) {
      toks.push({ t: 'op', v: OP_ALIASES[two] ?? two, pos: i, text: two });
      i += 2;
      continue;
    }
    if ('+-*/=<>(),−×÷≠≤≥'.includes(ch)) {
      toks.push({ t: 'op', v: OP_ALIASES[ch] ?? ch, pos: i, text: ch });
      i++;
      continue;
    }
    throw new Fail(i, 'a number, a reference {…}, an operator or a function', `"${ch}"`);
  }
  toks.push({ t: 'end', pos: src.length, text: 'end of text' });
  return toks;
}

const CODE = /^[0-9A-Za-z][0-9A-Za-z._]*$/;

function parseSpan(part: string, pos: number, kind: 'r' | 'c'): CodeSpan {
  const body = part.slice(1).trim();
  const dash = body.indexOf('-');
  const [from, to] = dash < 0 ? [body, body] : [body.slice(0, dash).trim(), body.slice(dash + 1).trim()];
  if (!CODE.test(from) || !CODE.test(to)) {
    throw new Fail(pos, kind === 'r' ? 'a row code after "r", e.g. r1.2 or r1.1-1.5' : 'a column code after "c", e.g. c3 or c1-4', `"${part}"`);
  }
  return { from, to };
}

/** `{PL02, r1.1-1.5, c3}` → RefNode. Parts are separated by commas, in any order. */
export function parseRef(body: string, pos: number, text: string): RefNode {
  const node: RefNode = { type: 'ref', text, pos };
  const parts = body.split(',').map((p) => p.trim());
  for (const part of parts) {
    if (part === '') throw new Fail(pos, 'a part of the reference (annex, r…, c…)', `"${text}"`);
    const isSpan = /^[rc][0-9]/i.test(part);
    if (isSpan && part[0].toLowerCase() === 'r') {
      if (node.rows) throw new Fail(pos, 'one row part per reference', `"${text}"`);
      node.rows = parseSpan(part, pos, 'r');
    } else if (isSpan) {
      if (node.cols) throw new Fail(pos, 'one column part per reference', `"${text}"`);
      node.cols = parseSpan(part, pos, 'c');
    } else if (/^[A-Za-z][A-Za-z0-9_.]*$/.test(part)) {
      if (node.annex) throw new Fail(pos, 'one annex per reference', `"${text}"`);
      node.annex = part;
    } else {
      throw new Fail(pos, 'an annex id, a row (r…) or a column (c…)', `"${part}"`);
    }
  }
  if (!node.rows && !node.cols) throw new Fail(pos, 'a row (r…) or a column (c…) in the reference', `"${text}"`);
  return node;
}

class Parser {
  private i = 0;
  constructor(private readonly toks: Tok[]) {}

  private peek(): Tok {
    return this.toks[this.i];
  }
  private next(): Tok {
    return this.toks[this.i++];
  }
  private isOp(v: string): boolean {
    const t = this.peek();
    return t.t === 'op' && t.v === v;
  }
  private expectOp(v: string, what: string): void {
    const t = this.next();
    if (t.t !== 'op' || t.v !== v) throw new Fail(t.pos, what, describe(t));
  }

  parseTop(): Expr {
    const e = this.comparison();
    const t = this.peek();
    if (t.t !== 'end') throw new Fail(t.pos, 'an operator or the end of the expression', describe(t));
    return e;
  }

  private comparison(): Expr {
    const left = this.additive();
    const t = this.peek();
    if (t.t === 'op' && ['=', '!=', '<', '<=', '>', '>='].includes(t.v)) {
      this.next();
      const right = this.additive();
      const after = this.peek();
      if (after.t === 'op' && ['=', '!=', '<', '<=', '>', '>='].includes(after.v)) {
        throw new Fail(after.pos, 'a single comparison per rule', describe(after));
      }
      return { type: 'compare', op: t.v as CompareOp, left, right, pos: t.pos };
    }
    return left;
  }

  private additive(): Expr {
    let left = this.multiplicative();
    for (;;) {
      const t = this.peek();
      if (t.t === 'op' && (t.v === '+' || t.v === '-')) {
        this.next();
        left = { type: 'binary', op: t.v as BinaryOp, left, right: this.multiplicative(), pos: t.pos };
      } else return left;
    }
  }

  private multiplicative(): Expr {
    let left = this.unary();
    for (;;) {
      const t = this.peek();
      if (t.t === 'op' && (t.v === '*' || t.v === '/')) {
        this.next();
        left = { type: 'binary', op: t.v as BinaryOp, left, right: this.unary(), pos: t.pos };
      } else return left;
    }
  }

  private unary(): Expr {
    const t = this.peek();
    if (t.t === 'op' && t.v === '-') {
      this.next();
      return { type: 'neg', arg: this.unary(), pos: t.pos };
    }
    if (t.t === 'op' && t.v === '+') {
      this.next();
      return this.unary();
    }
    return this.primary();
  }

  private primary(): Expr {
    const t = this.next();
    if (t.t === 'num') return { type: 'num', value: t.v, pos: t.pos };
    if (t.t === 'ref') return parseRef(t.v, t.pos, t.text);
    if (t.t === 'id') {
      const name = t.v.toLowerCase() as FunctionName;
      if (!FUNCTION_NAMES.includes(name)) throw new Fail(t.pos, `a function (${FUNCTION_NAMES.join(', ')})`, `"${t.v}"`);
      this.expectOp('(', `"(" after ${t.v}`);
      const args: Expr[] = [];
      if (!this.isOp(')')) {
        args.push(this.additive());
        while (this.isOp(',')) {
          this.next();
          args.push(this.additive());
        }
      }
      this.expectOp(')', `"," or ")" in ${t.v}(…)`);
      if (args.length === 0) throw new Fail(t.pos, `at least one argument to ${t.v}`, '"()"');
      if (name === 'abs' && args.length !== 1) throw new Fail(t.pos, 'one argument to abs', `${args.length} arguments`);
      if (name === 'round' && args.length !== 2) throw new Fail(t.pos, 'two arguments to round(value, digits)', `${args.length} arguments`);
      return { type: 'call', name, args, pos: t.pos };
    }
    if (t.t === 'op' && t.v === '(') {
      const e = this.additive();
      this.expectOp(')', '")"');
      return e;
    }
    throw new Fail(t.pos, 'a number, a reference {…}, a function or "("', describe(t));
  }
}

function describe(t: Tok): string {
  return t.t === 'end' ? 'end of text' : `"${t.text}"`;
}

export function parseExpression(src: string): ParseResult {
  try {
    return { ok: true, expr: new Parser(lex(src)).parseTop() };
  } catch (e) {
    if (e instanceof Fail) return { ok: false, pos: e.pos, expected: e.expected, found: e.found };
    throw e;
  }
}
