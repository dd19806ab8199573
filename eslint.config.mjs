import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'build/**', 'node_modules/**', 'test-output/**', 'dist-test/**', 'out/**', '.stryker-tmp/**', 'reports/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
  // The core is pure TypeScript: no DOM, no Office.js, no Node (scripts/check-imports.js checks its imports).
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'Office', 'Excel', 'OfficeExtension', 'process', 'Buffer', 'require', '__dirname', '__filename', 'global'],
    },
  },
  { files: ['**/*.js', '**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  // Tests break packs and workbooks on purpose: they handle untyped JSON freely.
  { files: ['test/**'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
);
