import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The layers of the app and which way they import (ARCHITECTURE.md). Each shared layer lists the
// folders of src/ it must never import; a feature never imports another feature. Dynamic
// `import()` is not checked by the rule: the app uses it only for its own schema module.
const LAYERS = [
  {
    name: 'catalog',
    why: 'the domain and the compiler are plain TypeScript, below everything else',
    forbidden: ['search', 'url', 'data', 'favorites', 'ui', 'features', 'routes', 'app'],
    react: false,
  },
  {
    name: 'search',
    why: 'the engine knows the catalogue only, and no React',
    forbidden: ['url', 'data', 'favorites', 'ui', 'features', 'routes', 'app'],
    react: false,
  },
  {
    name: 'url',
    why: 'the addresses know the catalogue and the engine only, and no React',
    forbidden: ['data', 'favorites', 'ui', 'features', 'routes', 'app'],
    react: false,
  },
  {
    name: 'favorites',
    why: 'the favourites know the catalogue only',
    forbidden: ['search', 'url', 'data', 'ui', 'features', 'routes', 'app'],
    react: true,
  },
  {
    name: 'data',
    why: 'loading data never draws anything',
    forbidden: ['url', 'favorites', 'ui', 'features', 'routes', 'app'],
    react: true,
  },
  {
    name: 'ui',
    why: 'shared components are given their data, they do not load it',
    forbidden: ['data', 'features', 'routes', 'app'],
    react: true,
  },
  {
    name: 'features',
    why: 'a feature uses the shared layers, never the app around it',
    forbidden: ['routes', 'app'],
    react: true,
  },
];
// Modules of the top of the app that no layer imports.
const TOP = ['main', 'prerender', 'public-api', 'routeTree\\.gen'];

const layerRules = LAYERS.map(({ name, why, forbidden, react }) => ({
  files: [`src/${name}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: `^(?:\\.\\./)+(?:${forbidden.join('|')})(?:/|$)`,
            message: `${name} never imports ${forbidden.join(', ')}: ${why} (ARCHITECTURE.md).`,
          },
          {
            regex: `^(?:\\.\\./)+(?:${TOP.join('|')})(?:\\.tsx?)?$`,
            message: `${name} never imports the top of the app (ARCHITECTURE.md).`,
          },
          ...(name === 'features'
            ? [
                {
                  // From src/features/<one>/, `../<other>/…` (or `../../features/<other>/…`) is another feature.
                  regex: '^(?:\\.\\./[^.]|(?:\\.\\./){2,}features/)',
                  message:
                    'A feature never imports another feature: share through ui, data or catalog (ARCHITECTURE.md).',
                },
              ]
            : []),
          ...(react
            ? []
            : [
                {
                  regex: '^(?:react|react-dom|@tanstack/react-[a-z-]+)(?:/|$)',
                  message: `${name} stays free of React (ARCHITECTURE.md).`,
                },
              ]),
        ],
      },
    ],
  },
}));

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'generated',
      'src/routeTree.gen.ts',
      'test-results',
      'playwright-report',
      'bench-results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['scripts/**/*.{ts,mjs}', 'e2e/**/*.ts', 'bench/**/*.ts', '*.config.{ts,js}', 'src/**/*.test.ts'],
    languageOptions: { globals: globals.node },
  },
  ...layerRules,
  {
    // The benchmark and the end-to-end tests use the app through its public module only, so
    // that the app's modules can be reorganised without breaking them.
    files: ['bench/**/*.ts', 'e2e/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?:\\.\\./)+src/(?!public-api(?:\\.ts)?$|test-support/)',
              message: 'Outside the app, import what src/public-api.ts exports (ARCHITECTURE.md).',
            },
          ],
        },
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
