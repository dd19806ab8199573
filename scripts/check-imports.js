#!/usr/bin/env node
/**
 * The shape of the code, checked (run by `npm run lint`):
 *
 *  1. no import cycle between files;
 *  2. no cycle between folders (a folder and its own subfolders are one: xlsx/guards belongs to xlsx);
 *  3. the core's folders in one order, each using only the folders listed before it (LAYERS);
 *  4. each area imports only what it may: the core nothing outside src/core (no package, no Node
 *     module, no DOM, no Office.js, no file format), fflate and SheetJS only in src/xlsx, React and
 *     Fluent only in the task pane, Node's modules only in the CLI (AREAS, PACKAGES).
 *
 * Imports are read with the TypeScript parser: static imports and re-exports (type-only ones too:
 * a cycle of types is still a knot for whoever reads the code), `import()` and `require()`.
 *
 *   node scripts/check-imports.js [src-folder]     exit 0 when the shape holds, 1 with every problem listed
 */
'use strict';
const fs = require('fs');
const path = require('path');
const ts = require('typescript');

/** The core's folders, lowest first: a folder may import only those listed before it (and itself). */
const LAYERS = ['i18n', 'numbers', 'text', 'spreadsheet', 'expr', 'pack', 'sheet', 'report', 'rules', 'load', 'packbook', 'checks', 'workbook', 'merge', 'summary', 'overview', 'demo'];

/** Which areas of src/ each area may import (besides itself). */
const AREAS = {
  core: [],
  xlsx: ['core'],
  excel: ['core'],
  'report-docx': ['core'],
  cli: ['core', 'xlsx', 'report-docx'],
  taskpane: ['core', 'excel', 'xlsx', 'report-docx'],
};

/** Packages (and Node's modules) and the areas that may import them; any other package is refused everywhere. */
const PACKAGES = [
  // Pure arithmetic, no I/O: the exact decimals' integers where the webview has no BigInt (EdgeHTML 18, Safari 13).
  { match: /^jsbi$/, areas: ['core/numbers'], what: 'JSBI (integers without BigInt)' },
  { match: /^(fflate|@e965\/xlsx)$/, areas: ['xlsx'], what: 'the file formats (fflate, SheetJS)' },
  // The draft reports' Word documents: their content is the core's (core/overview/draft-report.ts), only the rendering is here.
  { match: /^docx$/, areas: ['report-docx'], what: 'the Word writer (docx)' },
  { match: /^(react|react-dom(\/.*)?|react\/jsx-runtime|@fluentui\/.*)$/, areas: ['taskpane'], what: 'React and Fluent UI' },
  { match: /^(node:.*|fs|path|os|crypto|worker_threads|child_process|url|util|stream|zlib)$/, areas: ['cli'], what: "Node's modules" },
];

const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx', '.js', '.json'];

function listFiles(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(p));
    else if (/\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** Every module specifier of a file, with its line. */
function specifiers(file) {
  const text = fs.readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found = [];
  const add = (node, literal) => found.push({ spec: literal.text, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1 });
  const visit = (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) add(node, node.moduleSpecifier);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) add(node, node.moduleReference.expression);
    else if (ts.isCallExpression(node) && node.arguments.length === 1 && ts.isStringLiteralLike(node.arguments[0])) {
      if (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require')) add(node, node.arguments[0]);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) add(node, node.argument.literal);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function resolveRelative(from, spec) {
  const base = path.resolve(path.dirname(from), spec);
  if (fs.existsSync(base) && fs.statSync(base).isFile()) return base;
  for (const ext of EXTENSIONS) if (fs.existsSync(base + ext)) return base + ext;
  return null;
}

/** Strongly connected components with more than one node (or a self-loop), Tarjan's algorithm. */
function cycles(graph) {
  let counter = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const out = [];
  const connect = (v) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
    }
    if (low.get(v) === index.get(v)) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? new Set()).has(v)) out.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) connect(v);
  return out;
}

/** One path around a component, for the message: a → b → … → a. */
function loopIn(component, graph) {
  const members = new Set(component);
  const start = component[0];
  const previous = new Map([[start, null]]);
  const queue = [start];
  while (queue.length) {
    const v = queue.shift();
    for (const w of graph.get(v) ?? []) {
      if (w === start) {
        const loop = [start];
        for (let x = v; x !== start; x = previous.get(x)) loop.splice(1, 0, x);
        return [...loop, start];
      }
      if (members.has(w) && !previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return component;
}

function isInside(dir, other) {
  return dir === other || other.startsWith(dir + path.sep);
}

/** The problems of the tree under `srcDir` (its top folders are the areas: core, xlsx, …). */
function checkImports(srcDir) {
  const src = path.resolve(srcDir);
  const rel = (p) => path.relative(src, p).split(path.sep).join('/');
  const files = listFiles(src);
  const problems = [];
  const fileGraph = new Map(files.map((f) => [f, new Set()]));
  const folderGraph = new Map();
  const areaOf = (file) => rel(file).split('/')[0];
  const layerOf = (file) => (areaOf(file) === 'core' ? rel(file).split('/')[1] : undefined);

  for (const file of files) {
    const area = areaOf(file);
    for (const { spec, line } of specifiers(file)) {
      const where = `${rel(file)}:${line}`;
      if (!spec.startsWith('.')) {
        const rule = PACKAGES.find((p) => p.match.test(spec));
        if (area === 'core' && rule && rule.areas.includes(`core/${layerOf(file)}`)) continue;
        if (area === 'core') problems.push(`${where}: the core imports "${spec}"; src/core imports nothing outside src/core`);
        else if (!rule) problems.push(`${where}: "${spec}" is not a package this project lets any area import (scripts/check-imports.js, PACKAGES)`);
        else if (!rule.areas.includes(area)) problems.push(`${where}: ${rule.what} only in src/${rule.areas.join(', src/')}, not in src/${area} ("${spec}")`);
        continue;
      }
      const target = resolveRelative(file, spec);
      if (!target) {
        problems.push(`${where}: "${spec}" does not resolve to a file`);
        continue;
      }
      if (!isInside(src, target)) {
        problems.push(`${where}: "${spec}" leaves ${path.basename(src)}/`);
        continue;
      }
      const targetArea = areaOf(target);
      if (targetArea !== area && !(AREAS[area] ?? []).includes(targetArea)) {
        problems.push(`${where}: src/${area} may not import src/${targetArea} ("${spec}")`);
      }
      if (area === 'core' && targetArea === 'core') {
        const [from, to] = [layerOf(file), layerOf(target)];
        const [a, b] = [LAYERS.indexOf(from), LAYERS.indexOf(to)];
        if (a < 0) problems.push(`${where}: core/${from} is not a folder of the layer order (scripts/check-imports.js, LAYERS)`);
        else if (from !== to && b > a) problems.push(`${where}: core/${from} imports core/${to}, which is above it in the layer order ${LAYERS.join(' → ')}`);
      }
      if (target.endsWith('.json')) continue;
      fileGraph.get(file)?.add(target);
      const [da, db] = [path.dirname(file), path.dirname(target)];
      // A folder and its own subfolders are one folder.
      if (!isInside(da, db) && !isInside(db, da)) {
        if (!folderGraph.has(da)) folderGraph.set(da, new Set());
        folderGraph.get(da).add(db);
      }
    }
  }
  for (const f of fileGraph.keys()) if (!folderGraph.has(path.dirname(f))) folderGraph.set(path.dirname(f), new Set());

  for (const c of cycles(fileGraph)) problems.push(`import cycle between ${c.length} files: ${loopIn(c, fileGraph).map(rel).join(' → ')}`);
  for (const c of cycles(folderGraph)) problems.push(`import cycle between ${c.length} folders: ${loopIn(c, folderGraph).map((d) => rel(d) || '.').join(' → ')}`);
  return { files: files.length, folders: folderGraph.size, problems };
}

module.exports = { checkImports, LAYERS };

if (require.main === module) {
  const dir = process.argv[2] ?? path.join(__dirname, '..', 'src');
  const { files, folders, problems } = checkImports(dir);
  if (problems.length) {
    for (const p of problems) console.error(p);
    console.error(`check-imports: ${problems.length} problem(s) in ${files} files`);
    process.exit(1);
  }
  console.log(`check-imports: ${files} files, ${folders} folders, no import cycle; core layers ${LAYERS.join(' → ')}`);
}
