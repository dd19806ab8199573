import { fill, type Params } from '../i18n/format';
import { parseMessages } from '../i18n/validation-messages';
import type { BinaryOp, CodeSpan, CompareOp, Expr, RefNode } from './ast';
import { FUNCTIONS, functionSpec, takesRanges } from './functions';

/**
 * Recursive-descent parser of the expression language. It knows nothing of evaluation: the
 * evaluator and the formula compiler walk the AST it returns. Accepts the typographic operators
 * a finance officer may type (− × ÷ ≠ ≤ ≥) beside their ASCII forms.
 */

export type ParseExpectation = keyof typeof parseMessages;

/** What stood where the parser stopped: a piece of the text, the end, or a count of arguments. */
export type FoundToken = { kind: 'text'; text: string } | { kind: 'end' } | { kind: 'args'; count: number };

export interface ParseFailure {
  ok: false;
  /** 0-based offset in the source. */
  pos: number;
  /** What the parser expected there, in English (for logs and the pack loader's formula messages). */
  expected: string;
  found: string;
  /** The same, as catalogue keys, so that messages can say it in Vietnamese too. */
  expectation: { key: ParseExpectation; params?: Params };
  foundToken: FoundToken;
}

/** "cần …, gặp …" in the user's language. */
export function describeParseFailure(f: Pick<ParseFailure, 'expectation' | 'foundToken'>, lang: 'vi' | 'en'): { expected: string; found: string } {
  return { expected: fill(parseMessages[f.expectation.key][lang], f.expectation.params, lang), found: describeFound(f.foundToken, lang) };
}

function describeFound(t: FoundToken, lang: 'vi' | 'en'): string {
  if (t.kind === 'end') return parseMessages['parse.foundEnd'][lang];
  if (t.kind === 'args') return fill(parseMessages['parse.foundArgs'][lang], { count: t.count }, lang);
  return `"${t.text}"`;
}

export type ParseResult = { ok: true; expr: Expr } | ParseFailure;

type Tok =
  | { t: 'num'; v: number; pos: number; text: string }
  | { t: 'ref'; v: string; pos: number; text: string }
  | { t: 'id'; v: string; pos: number; text: string }
  | { t: 'op'; v: string; pos: number; text: string }
  | { t: 'end'; pos: number; text: string };

class Fail extends Error {
  constructor(
    readonly pos: number,
    readonly key: ParseExpectation,
    readonly found: FoundToken,
    readonly params?: Params,
  ) {
    super(`at ${pos}: ${key}`);
  }
}

const text = (t: string): FoundToken => ({ kind: 'text', text: t });
const END: FoundToken = { kind: 'end' };

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
      if (end < 0) throw new Fail(i, 'parse.closeBrace', END);
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
    throw new Fail(i, 'parse.token', text(ch));
  }
  toks.push({ t: 'end', pos: src.length, text: 'end of text' });
  return toks;
}

const CODE = /^[0-9A-Za-z][0-9A-Za-z._]*$/;

function parseSpan(part: string, pos: number, kind: 'r' | 'c'): CodeSpan {
  const body = part.slice(1); // part is trimmed and a digit follows its r/c
  const dash = body.indexOf('-');
  const [from, to] = dash < 0 ? [body, body] : [body.slice(0, dash).trim(), body.slice(dash + 1).trim()];
  if (!CODE.test(from) || !CODE.test(to)) {
    throw new Fail(pos, kind === 'r' ? 'parse.rowCode' : 'parse.colCode', text(part));
  }
  return { from, to };
}

/** `{PL02, r1.1-1.5, c3}` → RefNode. Parts are separated by commas, in any order. */
export function parseRef(body: string, pos: number, src: string): RefNode {
  const node: RefNode = { type: 'ref', text: src, pos };
  const parts = body.split(',').map((p) => p.trim());
  for (const part of parts) {
    if (part === '') throw new Fail(pos, 'parse.refPart', { kind: 'text', text: src });
    const isSpan = /^[rc][0-9]/i.test(part);
    if (isSpan && part[0].toLowerCase() === 'r') {
      if (node.rows) throw new Fail(pos, 'parse.oneRow', { kind: 'text', text: src });
      node.rows = parseSpan(part, pos, 'r');
    } else if (isSpan) {
      if (node.cols) throw new Fail(pos, 'parse.oneCol', { kind: 'text', text: src });
      node.cols = parseSpan(part, pos, 'c');
    } else if (/^[A-Za-z][A-Za-z0-9_.]*$/.test(part)) {
      if (node.annex) throw new Fail(pos, 'parse.oneAnnex', { kind: 'text', text: src });
      node.annex = part;
    } else {
      throw new Fail(pos, 'parse.refPartKind', { kind: 'text', text: part });
    }
  }
  if (!node.rows && !node.cols) throw new Fail(pos, 'parse.refNeedsAxis', { kind: 'text', text: src });
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
  private expectOp(v: string, what: { key: ParseExpectation; params?: Params }): void {
    const t = this.next();
    if (t.t !== 'op' || t.v !== v) throw new Fail(t.pos, what.key, describe(t), what.params);
  }

  parseTop(): Expr {
    const e = this.comparison();
    const t = this.peek();
    if (t.t !== 'end') throw new Fail(t.pos, 'parse.operatorOrEnd', describe(t));
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
        throw new Fail(after.pos, 'parse.singleComparison', describe(after));
      }
      return { type: 'compare', op: t.v as CompareOp, left, right, pos: t.pos };
    }
    return left;
  }

  private additive(): Expr {
    return this.leftAssociative(['+', '-'], () => this.multiplicative());
  }

  private multiplicative(): Expr {
    return this.leftAssociative(['*', '/'], () => this.unary());
  }

  /** operand (op operand)*, grouped from the left: a - b - c is (a - b) - c. */
  private leftAssociative(ops: readonly BinaryOp[], operand: () => Expr): Expr {
    let left = operand();
    for (;;) {
      const t = this.peek();
      if (t.t !== 'op' || !(ops as readonly string[]).includes(t.v)) return left;
      this.next();
      left = { type: 'binary', op: t.v as BinaryOp, left, right: operand(), pos: t.pos };
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
      const spec = functionSpec(t.v);
      if (!spec) throw new Fail(t.pos, 'parse.function', text(t.v), { names: FUNCTIONS.map((f) => f.name).join(', ') });
      this.expectOp('(', { key: 'parse.openParen', params: { name: t.v } });
      const args: Expr[] = [];
      if (!this.isOp(')')) {
        args.push(this.additive());
        while (this.isOp(',')) {
          this.next();
          args.push(this.additive());
        }
      }
      this.expectOp(')', { key: 'parse.argSeparator', params: { name: t.v } });
      if (args.length === 0) throw new Fail(t.pos, 'parse.noArgs', text('()'), { name: t.v });
      if (!takesRanges(spec) && args.length !== spec.params.length) throw new Fail(t.pos, spec.arityMessage, { kind: 'args', count: args.length });
      return { type: 'call', name: spec.name, args, pos: t.pos };
    }
    if (t.t === 'op' && t.v === '(') {
      const e = this.additive();
      this.expectOp(')', { key: 'parse.closeParen' });
      return e;
    }
    throw new Fail(t.pos, 'parse.operand', describe(t));
  }
}

function describe(t: Tok): FoundToken {
  return t.t === 'end' ? END : text(t.text);
}

export function parseExpression(src: string): ParseResult {
  try {
    return { ok: true, expr: new Parser(lex(src)).parseTop() };
  } catch (e) {
    if (e instanceof Fail) {
      const failure = { expectation: { key: e.key, ...(e.params && { params: e.params }) }, foundToken: e.found };
      const english = describeParseFailure(failure, 'en');
      return { ok: false, pos: e.pos, expected: english.expected, found: english.found, ...failure };
    }
    throw e;
  }
}
