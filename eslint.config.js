import js from '@eslint/js'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import importX from 'eslint-plugin-import-x'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const features = ['browse', 'image-detail', 'publish', 'my-images', 'settings']

// One-way imports: app → features → components/lib → api. A feature never imports another
// feature, and nothing in the app reaches into the sandbox (it runs beside the app, not in it).
const zones = [
  { target: './src/api', from: ['./src/app', './src/features', './src/components', './src/lib'] },
  { target: './src/api', from: './node_modules/react' },
  { target: './src/lib', from: ['./src/app', './src/features', './src/components'] },
  { target: './src/components', from: ['./src/app', './src/features'] },
  { target: './src/features', from: './src/app' },
  { target: './src/i18n', from: ['./src/app', './src/features', './src/components'] },
  {
    target: [
      './src/app',
      './src/features',
      './src/components',
      './src/lib',
      './src/api',
      './src/i18n',
    ],
    from: './src/sandbox',
  },
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
  })),
]

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      '.sandbox',
      'reports',
      'test-results',
      'playwright-report',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-cycle': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    // User-visible text lives in the zh and en catalogues, never in JSX.
    files: ['src/app/**/*.tsx', 'src/features/**/*.tsx', 'src/components/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'JSXText[value=/[A-Za-z\\u4e00-\\u9fff]/]',
          message: 'User-visible text belongs in src/i18n (zh and en), read with t().',
        },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'bench/**/*.ts', '*.config.{ts,js}', 'src/sandbox/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
)
