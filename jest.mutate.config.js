/**
 * The fast suites, for mutation testing (npm run mutate): everything but the end-to-end (Chromium),
 * interop (LibreOffice) and fuzz suites, whose work happens outside this process or takes minutes.
 * Type-checking is the TypeScript checker's job in a mutation run (stryker.config.json), so ts-jest
 * only transpiles here (isolatedModules), which makes each test run several times faster.
 * MUTATE_TESTS (paths under test/, folders or test files, comma-separated) narrows the suites for a
 * scoped run:
 *   MUTATE_TESTS=test/core/numbers npm run mutate -- --mutate src/core/numbers/parse-text.ts
 *   MUTATE_TESTS=test/xlsx/guards.test.ts,test/xlsx/read-guards.test.ts npm run mutate -- --mutate src/xlsx/guards/read-guard.ts
 */
const base = require('./jest.config.js');
const only = process.env.MUTATE_TESTS;
module.exports = {
  ...base,
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', isolatedModules: true, diagnostics: false }] },
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/', '<rootDir>/test/interop/', '<rootDir>/test/fuzz/'],
  // A regular expression, not globs: Stryker runs the tests in .stryker-tmp/…, a folder globs do not enter.
  ...(only && { roots: ['<rootDir>/test', '<rootDir>/src'], testMatch: undefined, testRegex: only.split(',').map((p) => `/${p.replace(/\/$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${/\.test\.tsx?$/.test(p) ? '$' : '/.*\\.test\\.tsx?$'}`) }),
};
