// ESLint flat config, starting from the dt-app template's security rules (typescript-eslint
// type-checked, react, react-hooks, security, no-unsanitized, no-secrets, Microsoft SDL) and the
// rule to import Strato from sub-packages only.
import eslint from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import noSecrets from 'eslint-plugin-no-secrets';
import react from 'eslint-plugin-react';
import security from 'eslint-plugin-security';
import nounsanitized from 'eslint-plugin-no-unsanitized';
import pluginMicrosoftSdl from '@microsoft/eslint-plugin-sdl';
import { builtinModules } from 'node:module';

const stratoSubPackagesOnly = [
  { name: '@dynatrace/strato-components-preview', message: "Please import from one of the sub packages, e.g. '@dynatrace/strato-components-preview/tables'." },
  { name: '@dynatrace/strato-components', message: "Please import from one of the sub packages, e.g. '@dynatrace/strato-components/buttons'." },
  { name: '@dynatrace/strato-design-tokens', message: "Please import from one of the sub packages, e.g. '@dynatrace/strato-design-tokens/colors'." },
];

/**
 * The layers (docs/ARCHITECTURE.md): a relative import that climbs out to one of these top-level
 * folders. No folder below the root carries these names, so the pattern cannot hit a sibling.
 */
const into = (folders) => ({
  regex: `^(\\.\\./)+(${folders.join('|')})(/|$)`,
  message: `this layer may not import ${folders.map((f) => `${f}/`).join(', ')} (docs/ARCHITECTURE.md, "Layers")`,
});
/** `lib/` does no I/O: no node built-in, with or without the `node:` prefix. */
const nodeBuiltins = {
  regex: `^(node:.*|${builtinModules.filter((m) => !m.startsWith('_')).map((m) => m.replace(/[/.]/g, '\\$&')).join('|')})$`,
  message: 'lib/ is pure TypeScript without I/O: no node built-ins (tests read their fixtures in *.test.ts / *.test-support.ts files)',
};
/** zod only through lib/zod.ts, which configures it before any schema is built (types may come from zod). */
const zodThroughLib = { name: 'zod', message: "import zod through lib/zod.ts (`import * as z from '../zod'`): it configures zod (no `new Function`) before any schema is built", allowTypeImports: true };
const restrictedImports = (...patterns) => ['error', { paths: [...stratoSubPackagesOnly, zodThroughLib], patterns }];

/** Hand-written source stays small; generated files and the permission catalog (JSON data) are exempt. */
const maxLines = ['error', { max: 300 }];

export default defineConfig([
  globalIgnores(['**/node_modules', '**/dist', '**/.dt-app', '**/.local-data', '**/app.config.*', 'jest.config.js', '**/fixtures/**', 'test-artifacts/**', 'bench-results/**']),
  {
    files: ['ui/**/*.{ts,tsx}', 'api/**/*.ts', 'lib/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.test.tsx', '**/*.test-support.ts'],
    languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true } },
    plugins: {
      react,
      'react-hooks': reactHooks,
      noSecrets,
      security,
      nounsanitized,
      '@microsoft/sdl': pluginMicrosoftSdl,
    },
    extends: [eslint.configs.recommended, tseslint.configs.recommended, tseslint.configs.recommendedTypeChecked, react.configs.flat.recommended, nounsanitized.configs.recommended],
    settings: { react: { version: '18' } },
    rules: {
      'no-eval': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-deprecated': 'error',
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'react/no-unescaped-entities': 'off',
      'react/prop-types': 'off',
      'react/react-in-jsx-scope': 'off',
      'react/no-danger': 'error',
      'react/jsx-no-script-url': 'error',
      '@microsoft/sdl/no-inner-html': 'error',
      '@microsoft/sdl/no-document-write': 'error',
      'noSecrets/no-secrets': ['error', { tolerance: 4.5, additionalRegexes: { 'Dynatrace Token': 'dt0[a-zA-Z]{1}[0-9]{2}\\.[A-Z0-9]{8,24}\\.[A-Z0-9]{64}' } }],
      'no-restricted-imports': restrictedImports(),
    },
  },
  {
    // the node-only code (the local platform and host, the CLI, scripts) and every test and bench:
    // the recommended rules and no floating promises; tests and benches read JSON bodies as `any`
    files: ['local/**/*.ts', 'cli/**/*.ts', 'scripts/**/*.ts', 'tests/**/*.ts', 'bench/**/*.ts', '**/*.test.ts', '**/*.test.tsx', '**/*.test-support.ts'],
    languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true } },
    extends: [eslint.configs.recommended, tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['tests/**/*.ts', 'bench/**/*.ts', '**/*.test.ts', '**/*.test.tsx', '**/*.test-support.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.{ts,tsx,mjs}'],
    ignores: ['**/*.generated.*'],
    rules: { 'max-lines': maxLines },
  },
  // the layers, source and tests alike (a test of lib/ that needs the emulator belongs in tests/)
  { files: ['lib/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': restrictedImports(into(['api', 'ui', 'local', 'cli', 'scripts', 'tests', 'bench'])) } },
  { files: ['lib/**/*.{ts,tsx}'], ignores: ['**/*.test.ts', '**/*.test-support.ts'], rules: { 'no-restricted-imports': restrictedImports(into(['api', 'ui', 'local', 'cli', 'scripts', 'tests', 'bench']), nodeBuiltins) } },
  { files: ['ui/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': restrictedImports(into(['api', 'local', 'cli', 'scripts', 'tests', 'bench'])) } },
  { files: ['api/**/*.ts'], rules: { 'no-restricted-imports': restrictedImports(into(['ui', 'local', 'cli', 'scripts', 'tests', 'bench'])) } },
  // the one module that imports zod itself
  { files: ['lib/zod.ts'], rules: { 'no-restricted-imports': ['error', { paths: stratoSubPackagesOnly, patterns: [into(['api', 'ui', 'local', 'cli', 'scripts', 'tests', 'bench']), nodeBuiltins] }] } },
]);
