/**
 * The task pane build, after the Office add-in React template: one page (taskpane.html), assets/ and the
 * manifest copied beside it, the https dev server of office-addin-dev-certs on port 3000.
 *
 *   webpack --mode production            → dist/ (ADDIN_PUBLIC_URL=https://host/path/ moves the manifest's URLs there,
 *                                           scripts/release-manifest.js; without it, a development build)
 *   webpack serve --mode development     → https://localhost:3000/taskpane.html
 *   webpack --mode development --env e2e --env outDir=…   → adds harness.html (the pane over the Excel simulator,
 *                                           without office.js) for test/e2e
 *   webpack --mode development --env officeSim --env outDir=…   → office-sim.js, the simulator standing in for
 *                                           office.js when test/e2e/production.test.ts runs the release build
 */
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const { DEVELOPMENT_BUILD_NOTICE, manifestVersion, normalizePublicUrl, releaseManifest } = require('./scripts/release-manifest');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
// The exact core-js installed: babel then polyfills every feature that version can.
const CORE_JS_VERSION = require('core-js/package.json').version;

/**
 * What a production build writes into dist/manifest.xml: the public base (ADDIN_PUBLIC_URL, checked and
 * normalised — a bad one stops the build with a plain message) and the version (package.json + ADDIN_BUILD).
 * Without ADDIN_PUBLIC_URL the build says plainly that it is a development build.
 */
function releaseSettings(environment = process.env, log = console) {
  const version = manifestVersion(require('./package.json').version, environment.ADDIN_BUILD);
  const raw = environment.ADDIN_PUBLIC_URL;
  if (raw === undefined || raw.trim() === '') {
    log.warn(`\n${DEVELOPMENT_BUILD_NOTICE}\n`);
    return { publicUrl: null, version };
  }
  const publicUrl = normalizePublicUrl(raw);
  for (const note of publicUrl.notes) log.warn(note);
  log.log(`Release build for ${publicUrl.href} — manifest <Version>${version}</Version>`);
  return { publicUrl, version };
}

/**
 * The texts of the unsupported-webview message (src/core/i18n/pane-messages.ts, the pane's catalogue), for
 * the ES5 guard that taskpane.html runs outside the bundle. The catalogue is TypeScript: transpiled here.
 */
function unsupportedWebviewTexts() {
  const ts = require('typescript');
  const source = fs.readFileSync(path.join(__dirname, 'src', 'core', 'i18n', 'pane-messages.ts'), 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } });
  const module = { exports: {} };
  vm.runInNewContext(outputText, { module, exports: module.exports, require: () => ({}) });
  const messages = module.exports.paneMessages;
  const text = (lang) => ({ title: messages['pane.unsupportedWebview.title'][lang], body: messages['pane.unsupportedWebview.body'][lang] });
  return { vi: text('vi'), en: text('en') };
}

async function devServerHttps() {
  // Required lazily: it may create and trust a certificate, which only `webpack serve` needs.
  const devCerts = require('office-addin-dev-certs');
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}

/**
 * Polyfills that "usage" would add but the pane does not need. Usage detection goes by names: every
 * `.map(`, `.filter(`, `.some(` looks like an ES2025 iterator helper, `.set(`/`.union(` like the ES2025 Set
 * methods, and so on; TypeScript (lib ES2021) keeps those out of the pane's own code, and the runtime test
 * (test/e2e/production.test.ts with legacy-engine.ts) deletes each of these features before the pane loads.
 * The rest are features the targets have in a form good enough for the pane and its dependencies: URL and
 * URLSearchParams (replaced whole otherwise, 56 KB), setImmediate (React feature-tests it and uses
 * MessageChannel), JSON.stringify's lone-surrogate escaping, JSON.parse source text, Error's `cause`
 * option, push/unshift past 2^32 - 1 elements.
 */
const POLYFILLS_NOT_NEEDED = [
  /^esnext\./, // proposals, and the old names of what is now under es.*
  /^es\.iterator\./,
  /^es\.set\./,
  /^es\.(weak-)?map\.get-or-insert/,
  /^es\.uint8-array\./,
  /^es\.array-buffer\./,
  /^web\.url/,
  /^web\.(set-|clear-)?immediate$/,
  'es.json.stringify',
  'es.json.parse',
  'es.error.cause',
  'es.array.push',
  'es.array.unshift',
];

/**
 * Babel after TypeScript, over every module: syntax down to what the package.json browserslist parses
 * (EdgeHTML 18, Safari 13: ES2017 — no class fields or static blocks, no ?. or ??, no object spread),
 * and core-js polyfills for the built-ins those engines lack, imported where the code uses them.
 * What core-js cannot give (TextDecoder/TextEncoder, Blob#arrayBuffer, ResizeObserver, WeakRef) is in
 * src/taskpane/polyfills.ts. scripts/check-syntax-level.js proves the level on dist/.
 */
const babel = {
  loader: 'babel-loader',
  options: {
    babelrc: false,
    configFile: false,
    // CommonJS dependencies get require() of their polyfills, ES modules get imports.
    sourceType: 'unambiguous',
    cacheDirectory: true,
    cacheCompression: false,
    presets: [['@babel/preset-env', { modules: false, bugfixes: true, useBuiltIns: 'usage', corejs: CORE_JS_VERSION, exclude: POLYFILLS_NOT_NEEDED }]],
  },
};

/**
 * `--env officeSim --env outDir=…`: test/e2e/office-sim.ts alone, as one script that stands in for office.js
 * in the production-build e2e suite. Its polyfills are core-js-pure imports, never globals: the pane under
 * test must bring its own.
 */
function officeSimConfig(env) {
  const pure = {
    loader: 'babel-loader',
    options: {
      babelrc: false,
      configFile: false,
      sourceType: 'unambiguous',
      cacheDirectory: true,
      cacheCompression: false,
      presets: [['@babel/preset-env', { modules: false, bugfixes: true }]],
      plugins: [['babel-plugin-polyfill-corejs3', { method: 'usage-pure', version: CORE_JS_VERSION }]],
    },
  };
  return {
    mode: 'development',
    devtool: false,
    target: 'browserslist',
    entry: { 'office-sim': './test/e2e/office-sim.ts' },
    output: { path: path.resolve(__dirname, env.outDir), filename: '[name].js', clean: true },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: [pure, { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext', target: 'es2020' } } }],
        },
        { test: /\.[cm]?js$/, exclude: /[\\/]node_modules[\\/](core-js|core-js-pure|webpack)[\\/]/, use: pure },
      ],
    },
  };
}

module.exports = async (env = {}, argv = {}) => {
  if (env.officeSim) return officeSimConfig(env);
  const dev = argv.mode !== 'production';
  // Checked before anything is built: a bad ADDIN_PUBLIC_URL fails at once.
  const release = dev ? null : releaseSettings();
  const e2e = Boolean(env.e2e);
  const pages = [{ name: 'taskpane', entry: './src/taskpane/index.tsx', officeJs: OFFICE_JS }];
  if (e2e) pages.push({ name: 'harness', entry: './test/e2e/harness.tsx', officeJs: null });

  return {
    devtool: dev ? 'source-map' : false,
    entry: Object.fromEntries(pages.map((page) => [page.name, page.entry])),
    output: {
      path: path.resolve(__dirname, env.outDir || 'dist'),
      filename: dev ? '[name].js' : '[name].[contenthash:8].js',
      chunkFilename: dev ? '[name].chunk.js' : '[name].[contenthash:8].chunk.js',
      clean: true,
    },
    // JSON (the default pack) is a native webpack module type; '.json' only needs to stay resolvable.
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    // The syntax of webpack's own runtime and wrappers follows the browserslist (package.json): ES2017.
    target: 'browserslist',
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: [
            babel,
            {
              loader: 'ts-loader',
              // ES modules out of TypeScript, so that webpack can tree-shake Fluent and split at import().
              options: { transpileOnly: true, compilerOptions: { module: 'esnext', target: 'es2020', sourceMap: dev } },
            },
          ],
        },
        {
          // Dependencies too (React, Fluent and tabster, fflate, SheetJS): they ship ES2020+ syntax.
          test: /\.[cm]?js$/,
          exclude: [
            /[\\/]node_modules[\\/]core-js[\\/]/,
            /[\\/]node_modules[\\/]webpack[\\/]/,
            // Fluent's icon tables: megabytes of createFluentIcon(name, size, paths) calls, plain ES2015
            // (the syntax check of dist/ proves it); babel would spend most of the build on them.
            /[\\/]node_modules[\\/]@fluentui[\\/]react-icons[\\/]lib[\\/](sizedIcons|icons|atoms|fonts)[\\/]/,
          ],
          use: babel,
        },
      ],
    },
    plugins: [
      ...pages.map(
        (page) =>
          new HtmlWebpackPlugin({
            filename: `${page.name}.html`,
            template: './src/taskpane/taskpane.html',
            chunks: [page.name],
            officeJs: page.officeJs,
            unsupportedWebview: unsupportedWebviewTexts(),
          }),
      ),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (release ? releaseManifest(content.toString(), release) : content),
          },
        ],
      }),
    ],
    optimization: {
      runtimeChunk: 'single',
      splitChunks: {
        chunks: 'all',
        cacheGroups: {
          // React changes less often than Fluent or the pane: its own long-cached file.
          react: { test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, name: 'react', priority: 20 },
        },
      },
    },
    // The first load (React, Fluent's provider and tabs, the shell) should stay under these; tabs are lazy chunks.
    // ES2017 output and core-js's polyfills for EdgeHTML 18 / Safari 13 took it from ~450 KB to ~540 KB raw
    // (127.5 → 160.7 KB gzip; the README's budget is 300 KB gzip).
    performance: {
      hints: dev ? false : 'warning',
      maxEntrypointSize: 600 * 1024,
      maxAssetSize: 300 * 1024,
      assetFilter: (file) => file.endsWith('.js'),
    },
    devServer: {
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: env.WEBPACK_SERVE ? { type: 'https', options: await devServerHttps() } : undefined,
      port: 3000,
    },
  };
};

module.exports.releaseSettings = releaseSettings;
