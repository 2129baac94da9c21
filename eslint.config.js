import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const htmlSinks = [
  { selector: "MemberExpression[property.name='innerHTML']", message: 'Render text as text: no innerHTML.' },
  { selector: "MemberExpression[property.name='outerHTML']", message: 'Render text as text: no outerHTML.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Render text as text: no insertAdjacentHTML.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text as text: no dangerouslySetInnerHTML.' },
  { selector: "CallExpression[callee.property.name='createContextualFragment']", message: 'Render text as text: no createContextualFragment.' },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]", message: 'Render text as text: no document.write.' },
];

export default tseslint.config(
  // Vendored and frozen fixtures are data, never code of ours: tests/fixtures/corpus (third-party pages) and tests/fixtures/compat (frozen bundles).
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'docs/**', 'test-results/**', 'tests/fixtures/corpus/**', 'tests/fixtures/compat/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-restricted-syntax': ['error', ...htmlSinks],
      '@typescript-eslint/no-explicit-any': 'error',
      // Leaving fields out by destructuring with a rest sibling is how an object is copied without them.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // The core stays pure: no browser API, no Dexie, no WXT, no Node built-ins.
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['dexie', 'wxt', 'wxt/*', '#imports', 'node:*', 'preact', 'preact/*', 'survey-core', 'survey-core/*', 'survey-react-ui'] },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'chrome', 'browser', 'indexedDB', 'localStorage', 'navigator', 'fetch', 'crypto', 'process'],
    },
  },
);
