// Lint, and the layering made checkable: each src/ folder may import only the layers below it.
// The arrows: domain <- rules, document, layout <- export, topology-builder <- state <- canvas <- ui <- app; cli uses the core only.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const FRAMEWORKS = ['react', 'react-dom', 'react-dom/*', '@xyflow/*', 'zustand', 'zustand/*', 'zundo'];

/** A no-restricted-imports rule forbidding the given src/ layers (by folder name) and packages. */
function layer(forbiddenFolders, forbiddenPackages = []) {
  return {
    'no-restricted-imports': [
      'error',
      {
        paths: [],
        patterns: [
          ...(forbiddenFolders.length
            ? [{
                regex: `^\\.\\.?/(?:\\.\\./)*(?:${forbiddenFolders.join('|')})(?:/|$)`,
                message: 'This import points up the layers (see docs/architecture.md).',
              }]
            : []),
          ...(forbiddenPackages.length
            ? [{ group: forbiddenPackages, message: 'The framework-free core imports no UI framework or store.' }]
            : []),
        ],
      },
    ],
  };
}

const ABOVE_CORE = ['state', 'canvas', 'ui', 'app', 'io', 'cli'];

export default tseslint.config(
  { ignores: ['dist', 'dist-cli', 'node_modules', 'test-results', 'playwright-report', 'docs/*.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-implied-eval': 'error',
    },
  },
  { files: ['scripts/**', 'bench/**', 'e2e/**', '*.config.*'], languageOptions: { globals: { ...globals.node } } },
  // Tests may reach across layers to build their inputs; the layering applies to shipped code.
  ...layers().map((block) => ({ ...block, ignores: ['**/*.test.ts', '**/*.test.tsx', '**/test-support.ts'] })),
);

function layers() {
  return [
  { files: ['src/domain/**'], rules: layer(['rules', 'document', 'layout', 'export', ...ABOVE_CORE], FRAMEWORKS) },
  { files: ['src/rules/**'], rules: layer(['document', 'layout', 'export', ...ABOVE_CORE], FRAMEWORKS) },
  { files: ['src/document/**', 'src/layout/**'], rules: layer(['rules', 'export', ...ABOVE_CORE], FRAMEWORKS) },
  { files: ['src/export/**'], rules: layer(['topology-builder', ...ABOVE_CORE], FRAMEWORKS) },
  // The Topology Builder importer reads files into documents: it may use domain, document and layout.
  { files: ['src/topology-builder/**'], rules: layer(['rules', 'export', ...ABOVE_CORE], FRAMEWORKS) },
  { files: ['src/cli/**'], rules: layer(['state', 'canvas', 'ui', 'app', 'io'], FRAMEWORKS) },
  { files: ['src/state/**'], rules: layer(['canvas', 'ui', 'app', 'io', 'cli']) },
  { files: ['src/canvas/**'], rules: layer(['ui', 'app', 'io', 'cli']) },
  { files: ['src/io/**'], rules: layer(['canvas', 'ui', 'app', 'cli']) },
  { files: ['src/ui/**'], rules: layer(['app', 'cli']) },
  ];
}
