import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import boundaries from 'eslint-plugin-boundaries';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import { allowedImports, serverLayers, webLayers } from './layers.js';

const server = allowedImports(serverLayers);
const serverType = (module) => `server/${module}`;
const serverModules = server.map(({ module }) => serverType(module));
const web = allowedImports(webLayers);
const webType = (module) => `web/${module}`;
const webModules = web.map(({ module }) => webType(module));

/**
 * An import of one of these modules' public entries. `src/shared` (the contract's plain values, used
 * by the server and the web alike) sits below everything and may be imported file by file.
 */
const entryOf = (types) => [
  { to: { element: { types: { anyOf: types }, fileInternalPath: 'index.ts' } } },
  { to: { element: { type: 'shared' } } },
];

/**
 * The layer rule (layers.js): each module imports lower modules through their `index.ts` only;
 * imports inside a module are its own business. The app's composition, the process entry and the
 * tests sit above every module.
 */
const layerRule = {
  files: ['src/**/*.{ts,tsx}'],
  plugins: { boundaries },
  settings: {
    'import/resolver': { typescript: { project: './tsconfig.json' } },
    'boundaries/include': ['src/**/*'],
    'boundaries/elements': [
      ...server.map(({ module }) => ({ type: serverType(module), pattern: `src/server/${module}` })),
      { type: 'shared', pattern: 'src/shared' },
      { type: 'server/app', pattern: 'src/server/app' },
      { type: 'server/test', pattern: 'src/server/test' },
      ...web.map(({ module }) => ({ type: webType(module), pattern: `src/web/${module}` })),
      { type: 'web/app', pattern: 'src/web/app' },
    ],
    'boundaries/files': [
      { category: 'test', pattern: 'src/server/**/*.test.ts' },
      { category: 'web-test', pattern: 'src/web/**/*.test.{ts,tsx}' },
    ],
  },
  rules: {
    'boundaries/dependencies': [
      'error',
      {
        default: 'disallow',
        policies: [
          ...server.map(({ module, below }) => ({
            from: { element: { type: serverType(module) } },
            allow: entryOf(below.map(serverType)),
          })),
          // Where the app is composed, everything is wired together.
          { from: { element: { type: 'server/app' } }, allow: entryOf(serverModules) },
          // Tests and their support drive the whole app through the modules' public entries.
          {
            from: { element: { type: 'server/test' } },
            allow: [...entryOf(serverModules), { to: { element: { type: 'server/app' } } }],
          },
          ...web.map(({ module, below }) => ({
            from: { element: { type: webType(module) } },
            allow: entryOf(below.map(webType)),
          })),
          // The web app composes the features into pages and routes.
          { from: { element: { type: 'web/app' } }, allow: entryOf(webModules) },
          // The web's tests check its translations against the server's own lists (shipped checklists, …).
          {
            from: { file: { categories: 'web-test' } },
            allow: [{ to: { element: { types: { anyOf: serverModules } } } }],
          },
          {
            from: { file: { categories: 'test' } },
            // …and the web's generated API types, which the generated-client test drives the app with.
            allow: [
              ...entryOf(serverModules),
              { to: { element: { types: { anyOf: ['server/app', 'server/test', 'web/api'] } } } },
            ],
          },
        ],
      },
    ],
  },
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'data', 'bench-data', 'test-results', 'playwright-report', '.tmp-tools'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      // Type-aware rules: the type checker knows which calls return promises and which switches miss a case.
      parserOptions: { projectService: { allowDefaultProject: ['*.js'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { requireDefaultForNonUnion: true, considerDefaultExhaustiveForUnions: true },
      ],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      // One import per module: the layer rule reads them, and a reader sees at once what a file uses.
      'no-duplicate-imports': 'error',
    },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  layerRule,
  {
    // A folder in a layer that layers.js does not list would escape the rule: name it there first.
    files: ['src/server/{platform,directory,relationships,activity,derived}/**/*.ts', 'src/web/features/**/*.{ts,tsx}'],
    plugins: { boundaries },
    rules: { 'boundaries/no-unknown-files': 'error' },
  },
  prettier,
  {
    // Prettier wraps code at 120 columns but leaves long strings alone; this catches the comments and
    // the code it cannot break. Strings, templates (SQL, messages) and URLs may run on: wrapping them
    // would change what they say.
    files: ['**/*.{ts,tsx,js}'],
    ignores: ['src/web/api/openapi.gen.ts'],
    rules: {
      'max-len': [
        'error',
        { code: 120, ignoreUrls: true, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true },
      ],
    },
  },
);
