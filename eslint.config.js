// The layering of README "Architecture" is enforced here: knowledge/ is pure (no Node, DOM,
// Electron or network), renderer/ reaches the services only through electron/api/, and only the
// Electron shell imports 'electron'.
import js from '@eslint/js';
import { builtinModules } from 'node:module';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeModules = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const nodeImports = { group: nodeModules, message: 'This layer runs outside Node: no Node APIs.' };
const electronImport = { regex: '^electron(/|$)', message: "Only electron/shell/ imports 'electron'." };

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.testbed/**', '.cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js', 'bin/*.js', 'scripts/*.js'] }, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['knowledge/**'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          nodeImports,
          electronImport,
          { group: ['react', 'react-dom', 'react/*', 'undici', 'ldapts'], message: 'knowledge/ is pure: no UI, storage or network libraries.' },
          { regex: '^(\\.\\./)+(electron|renderer|test)(/|$)', message: 'knowledge/ imports neither electron/ nor renderer/.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'Buffer', 'require', 'fetch', 'XMLHttpRequest', 'WebSocket'],
    },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          nodeImports,
          electronImport,
          { group: ['undici', 'ldapts'], message: 'renderer/ reaches services only through the typed API.' },
          { regex: '^(\\.\\./)+electron/(?!api/)', message: 'renderer/ may import only electron/api/ (the typed API contract).' },
        ],
      }],
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require'],
      // Every piece of UI text goes through the one translation layer (renderer/i18n): no prose in JSX.
      'no-restricted-syntax': ['error',
        { selector: 'JSXText[value=/\\p{L}/u]', message: 'UI text goes through the translation layer: t(key) from renderer/i18n.' },
        { selector: 'JSXAttribute[name.name=/^(aria-label|title|placeholder|alt)$/] > Literal', message: 'UI text goes through the translation layer: t(key) from renderer/i18n.' },
      ],
    },
  },
  {
    files: ['electron/**'],
    ignores: ['electron/shell/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [electronImport, { regex: '^(\\.\\./)+renderer(/|$)', message: 'electron/ never imports the UI.' }] }],
    },
  },
);
