// Lint is also the architecture check: the layer rules below enforce the layers of
// docs/architecture.md (domain <- db/interop <- live-queries <- features <- app, no feature
// importing another; codecs apart from storage). Each rule is proved by a planted violation
// in docs/architecture.md's "Lint that really runs".
import fs from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import checkFile from 'eslint-plugin-check-file';
import globals from 'globals';

const features = fs
  .readdirSync('./src/features', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const featureIsolation = features.map((name) => ({
  target: `./src/features/${name}`,
  from: './src/features',
  except: [`./${name}`],
  message: 'A feature does not import another feature; move shared code to components/ or db/.',
}));

const layerZones = [
  {
    target: './src/domain',
    from: [
      './src/db',
      './src/interop',
      './src/features',
      './src/app',
      './src/components',
      './src/i18n',
      './src/workers',
      './src/live-queries',
    ],
    message: 'domain/ is pure: it imports nothing but itself.',
  },
  {
    target: ['./src/db', './src/interop'],
    from: ['./src/features', './src/app', './src/components', './src/live-queries', './src/i18n'],
    message: 'db/ and interop/ sit below the UI.',
  },
  {
    target: './src/interop',
    from: ['./src/db', './src/workers'],
    message: 'interop/ reads and writes file formats: the database calls it, never the reverse.',
  },
  {
    target: './src/db/codecs',
    from: './src/db',
    except: ['./codecs'],
    message: 'Codecs are pure: they never reach the database (docs/storage.md).',
  },
  {
    target: './src/live-queries',
    from: ['./src/features', './src/app', './src/components'],
    message: 'live-queries/ reads the database for the screens; it knows no screen.',
  },
  {
    target: './src/workers',
    from: ['./src/features', './src/app', './src/components', './src/live-queries', './src/i18n'],
    message: 'A worker has no UI: it uses domain/, db/ and interop/ only.',
  },
  {
    target: ['./src/components', './src/i18n'],
    from: ['./src/features', './src/app'],
    message: 'Shared UI does not reach into features or the shell.',
  },
  { target: './src/features', from: './src/app', message: 'Features do not import the shell.' },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dev-dist',
      'node_modules',
      'coverage',
      'bench/results',
      'tests/e2e/artifacts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  jsxA11y.flatConfigs.recommended,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['*.js', '*.mjs', 'bench/*.mjs', 'tests/e2e/*.mjs'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: {
      'import-x': importX,
      'react-hooks': reactHooks,
      'react-refresh': reactRefresh,
      'check-file': checkFile,
    },
    settings: {
      'import-x/resolver-next': [
        importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] }),
      ],
      // Without these, import-x parses no TypeScript module it follows, and no-cycle sees
      // no cycle at all.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
      'import-x/no-restricted-paths': ['error', { zones: [...layerZones, ...featureIsolation] }],
      'import-x/no-cycle': 'error',
      // A component's autoFocus prop is its own API; on a DOM element the attribute is refused.
      'jsx-a11y/no-autofocus': ['error', { ignoreNonDOM: true }],
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.{ts,tsx,js,mjs,css}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': [
        'error',
        { '{src,tests,bench,scripts}/**/': 'KEBAB_CASE' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'dexie', 'dexie-*', 'zustand'],
              message: 'domain/ is pure.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'domain/ has no DOM.' },
        { name: 'document', message: 'domain/ has no DOM.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'domain/ never reads the clock: take `now` as a parameter.',
        },
        {
          selector: 'NewExpression[callee.name="Date"][arguments.length=0]',
          message: 'domain/ never reads the clock: take `now` as a parameter.',
        },
      ],
    },
  },
  {
    files: ['src/db/codecs/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['dexie', 'dexie-*'], message: 'Codecs are pure: no Dexie.' },
            { group: ['react', 'react-*'], message: 'Codecs are pure: no React.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/db/**/*.ts'],
    ignores: ['src/db/codecs/**', 'src/db/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'dexie-react-hooks', 'zustand'],
              message:
                'db/ has no React: live-query hooks live in live-queries/ or beside their screen.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
