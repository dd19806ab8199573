import { compareValues, isErrorCode, parseNumberText, type Scalar } from './values';

/**
 * COUNTIF's criterion, as Excel reads it:
 * - a number (5) or a text that reads as one ("5", ">=5", "<>0"): compared with the numbers of the
 *   range, and with texts there that read as that number ("5" typed as text counts for 5);
 * - a text with an operator ("<>x", ">b"): "=" and "<>" compare texts without regard to case, with
 *   the wildcards * ? and ~; "<", ">"… order texts without regard to case;
 * - "" matches empty cells and empty texts; "=" only empty cells; "<>" every cell that is not empty;
 * - TRUE / FALSE match those booleans; an error literal ("#N/A") matches that error.
 * Cells holding errors match only an error criterion.
 */

type Op = '=' | '<>' | '<' | '<=' | '>' | '>=';

function opOf(s: string): { op: Op; rest: string } {
  const m = /^(<>|<=|>=|=|<|>)/.exec(s);
  return m ? { op: m[1] as Op, rest: s.slice(m[1].length) } : { op: '=', rest: s };
}

function holds(op: Op, c: number): boolean {
  switch (op) {
    case '=':
      return c === 0;
    case '<>':
      return c !== 0;
    case '<':
      return c < 0;
    case '<=':
      return c <= 0;
    case '>':
      return c > 0;
    case '>=':
      return c >= 0;
  }
}

/** Excel's wildcards (* any run, ? one character, ~ escapes), without regard to case. */
export function wildcardRegex(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '~' && i + 1 < pattern.length && '*?~'.includes(pattern[i + 1])) re += `\\${pattern[++i]}`;
    else if (ch === '*') re += '[\\s\\S]*';
    else if (ch === '?') re += '[\\s\\S]';
    else re += ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, 'i');
}

export function countIfCriterion(criterion: Scalar): (cell: Scalar) => boolean {
  if (criterion.kind === 'error') return (s) => s.kind === 'error' && s.code === criterion.code;
  if (criterion.kind === 'blank') return (s) => s.kind === 'number' && s.value.isZero();
  if (criterion.kind === 'bool') return (s) => s.kind === 'bool' && s.value === criterion.value;
  if (criterion.kind === 'number') {
    const target = criterion.value;
    return (s) => (s.kind === 'number' && s.value.eq(target)) || (s.kind === 'text' && parseNumberText(s.value)?.eq(target) === true);
  }
  const { op, rest } = opOf(criterion.value);
  if (rest === '') {
    if (criterion.value === '') return (s) => s.kind === 'blank' || (s.kind === 'text' && s.value === '');
    if (op === '=') return (s) => s.kind === 'blank';
    if (op === '<>') return (s) => s.kind !== 'blank';
  }
  const upper = rest.toUpperCase();
  if (isErrorCode(upper)) return (s) => (op === '<>' ? !(s.kind === 'error' && s.code === upper) : s.kind === 'error' && s.code === upper && op === '=');
  const asNumber = parseNumberText(rest);
  if (asNumber) {
    return (s) => {
      const n = s.kind === 'number' ? s.value : s.kind === 'text' && (op === '=' || op === '<>') ? parseNumberText(s.value) : null;
      if (!n) return op === '<>' && s.kind !== 'error';
      return holds(op, n.cmp(asNumber));
    };
  }
  if (upper === 'TRUE' || upper === 'FALSE') {
    const b = upper === 'TRUE';
    return (s) => (s.kind === 'bool' ? holds(op, compareValues(s, { kind: 'bool', value: b })) : op === '<>' && s.kind !== 'error');
  }
  if (op === '=' || op === '<>') {
    const re = wildcardRegex(rest);
    return (s) => {
      if (s.kind === 'error') return false;
      const matches = s.kind === 'text' && re.test(s.value);
      return op === '=' ? matches : !matches;
    };
  }
  return (s) => s.kind === 'text' && holds(op, compareValues(s, { kind: 'text', value: rest }));
}
