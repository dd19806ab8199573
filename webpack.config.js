/**
 * The task pane build, after the Office add-in React template: one page (taskpane.html), assets/ and the
 * manifest copied beside it, the https dev server of office-addin-dev-certs on port 3000.
 *
 *   webpack --mode production            → dist/ (ADDIN_PUBLIC_URL=https://host/path/ rewrites the manifest URLs)
 *   webpack serve --mode development     → https://localhost:3000/taskpane.html
 *   webpack --mode development --env e2e --env outDir=…   → adds harness.html (the pane over the Excel simulator,
 *                                           without office.js) for test/e2e
 */
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const DEV_ORIGIN = 'https://localhost:3000';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** Points the manifest at the production server: URLs under the dev origin, and the bare origin (AppDomain). */
function rewriteDevUrls(manifest, publicUrl) {
  if (!publicUrl) return manifest;
  const base = new URL(publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`);
  if (base.protocol !== 'https:') throw new Error(`ADDIN_PUBLIC_URL must be https: ${publicUrl}`);
  return manifest.replaceAll(`${DEV_ORIGIN}/`, base.href).replaceAll(DEV_ORIGIN, base.origin);
}

async function devServerHttps() {
  // Required lazily: it may create and trust a certificate, which only `webpack serve` needs.
  const devCerts = require('office-addin-dev-certs');
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode !== 'production';
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
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // ES modules out of TypeScript, so that webpack can tree-shake Fluent and split at import().
            options: { transpileOnly: true, compilerOptions: { module: 'esnext', sourceMap: dev } },
          },
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
          }),
      ),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (dev ? content : rewriteDevUrls(content.toString(), process.env.ADDIN_PUBLIC_URL)),
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
    performance: {
      hints: dev ? false : 'warning',
      maxEntrypointSize: 450 * 1024,
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

module.exports.rewriteDevUrls = rewriteDevUrls;
