/**
 * Every word the pane shows comes from the catalogues (src/core/i18n, Vietnamese first, with English):
 * the sources of the pane (src/taskpane) and of the Office.js adapter (src/excel) are read with
 * TypeScript's parser, and a text a user can see, written there instead, fails the test:
 * - JSX text (`<span>Lưu</span>`) and string literals shown as JSX children (`{busy ? 'Đang đọc' : null}`);
 * - string literals in the props a user reads or hears: aria-label, title, placeholder, label, alt …;
 * - any Vietnamese letter in a string literal (a Vietnamese text that bypasses the catalogues).
 * The scanner itself is checked on a sample with one case of each, so that it cannot pass by finding nothing.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

const ROOT = path.resolve(__dirname, '..', '..');

/** Every key of every catalogue: a key passed as a prop (title="merge.replace.title") is looked up, not shown. */
function catalogueKeys(): Set<string> {
  const dir = path.join(ROOT, 'src', 'core', 'i18n');
  const keys = new Set<string>();
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('-messages.ts'))) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(path.join(dir, file)) as Record<string, unknown>;
    for (const value of Object.values(mod)) {
      if (!value || typeof value !== 'object') continue;
      for (const [key, entry] of Object.entries(value as Record<string, unknown>)) if (entry && typeof entry === 'object' && 'vi' in entry) keys.add(key);
    }
  }
  return keys;
}
const KEYS = catalogueKeys();

/** Props whose value a user reads or a screen reader says. */
const SPOKEN_PROPS = new Set(['aria-label', 'aria-description', 'aria-valuetext', 'aria-roledescription', 'title', 'placeholder', 'label', 'alt', 'validationMessage', 'hint', 'content', 'description']);

/**
 * Texts written in the sources on purpose, each with its reason ("file: text").
 * - The hidden backup sheets' names: sheet names, like the summary's (src/core/sheet/sheet-names.ts),
 *   are part of the workbook's layout, not of a language.
 */
const ALLOWED = new Set(['src/excel/insert-plan.ts: ~bản cũ ${i}']);

/** Letters of Vietnamese beyond ASCII: a Vietnamese word. */
const VIETNAMESE = /[À-ÃÈ-ÊÌÍÒ-ÕÙÚÝà-ãè-êìíò-õùúýĂăĐđĨĩŨũƠơƯưẠ-ỹ]/;
/** A word: two letters in a row (an "x" or a "·" alone is a sign, not a word). */
const WORD = /\p{L}{2,}/u;

interface Hit {
  where: string;
  text: string;
}

/** The user-visible texts written directly in one source file. */
export function visibleTexts(file: string, source: string): Hit[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const hits: Hit[] = [];
  const at = (node: ts.Node) => `${file}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) {
      const text = node.getText(sf).replace(/\s+/g, ' ').trim();
      if (WORD.test(text)) hits.push({ where: at(node), text });
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
      const text = ts.isTemplateExpression(node) ? node.getText(sf).slice(1, -1) : node.text;
      const shown = KEYS.has(text) ? null : shownAs(node);
      if (VIETNAMESE.test(text) || (shown !== null && WORD.test(ts.isTemplateExpression(node) ? text.replace(/\$\{[^}]*\}/g, ' ') : text))) hits.push({ where: at(node), text });
      if (ts.isTemplateExpression(node)) return; // its spans' strings are parts of this text
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return hits;
}

/** Where a string literal ends up: a JSX child, a spoken prop — or neither (null). */
function shownAs(node: ts.Node): 'child' | 'prop' | null {
  let child: ts.Node = node;
  let parent = node.parent;
  // Through the expressions that pass a string on unchanged: (a), c ? a : b, a && b, a ?? b, a + b.
  while (
    ts.isParenthesizedExpression(parent) ||
    (ts.isConditionalExpression(parent) && parent.condition !== child) ||
    (ts.isBinaryExpression(parent) && [ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.PlusToken].includes(parent.operatorToken.kind))
  ) {
    child = parent;
    parent = parent.parent;
  }
  if (ts.isJsxAttribute(parent) || (ts.isJsxExpression(parent) && ts.isJsxAttribute(parent.parent))) {
    const attribute = ts.isJsxAttribute(parent) ? parent : (parent.parent as ts.JsxAttribute);
    return SPOKEN_PROPS.has(attribute.name.getText()) ? 'prop' : null;
  }
  if (ts.isJsxExpression(parent) && (ts.isJsxElement(parent.parent) || ts.isJsxFragment(parent.parent))) return 'child';
  return null;
}

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return sources(rel);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [rel] : [];
  });
}

describe('no user-visible text outside the catalogues', () => {
  test('the scanner finds each kind of text written in a source', () => {
    const sample = [
      "const a = <Button aria-label='Close' title={busy ? 'Đang đọc' : t('x')}>Save</Button>;",
      "const b = <Field label={t('ok')} data-testid='merge-run' className='wide'>{busy && 'Loading'}{t('y')} · {count}</Field>;",
      "const c = <Input placeholder={`Search ${n} units`} />;",
      'const d = `~bản ${i}`; const e = "data-x"; const f = <Caption1>{` · `}</Caption1>;',
    ].join('\n');
    expect(visibleTexts('sample.tsx', sample).map((h) => h.text)).toEqual(['Close', 'Đang đọc', 'Save', 'Loading', 'Search ${n} units', '~bản ${i}']);
  });

  test('src/taskpane and src/excel show only catalogue texts (and the short allow-list)', () => {
    const files = [...sources('src/taskpane'), ...sources('src/excel')];
    expect(files.length).toBeGreaterThan(40); // the folders were read
    const hits = files.flatMap((file) => visibleTexts(file, fs.readFileSync(path.join(ROOT, file), 'utf8')));
    const found = hits.filter((h) => !ALLOWED.has(`${h.where.replace(/:\d+$/, '')}: ${h.text}`));
    expect(found.map((h) => `${h.where}: ${h.text}`)).toEqual([]);
    // Every allow-listed text is still there: the list does not outlive its reason.
    const present = new Set(hits.map((h) => `${h.where.replace(/:\d+$/, '')}: ${h.text}`));
    expect([...ALLOWED].filter((a) => !present.has(a))).toEqual([]);
  });
});
