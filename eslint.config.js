// Lint: TypeScript rules plus the import directions of STYLE.md, enforced rather than asked for.
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const restrict = (patterns, message) => ['error', { patterns: patterns.map((group) => ({ group: [group], message })) }];
const SERVER_ONLY = ['@nestjs/*', 'typeorm', 'bullmq', 'ioredis', 'pg', '@parley/core', '@parley/inbox', '@parley/channels', '**/libs/core/**', '**/libs/inbox/**', '**/libs/channels/**'];

const LEGACY_DATA_SOURCE = [
  'libs/inbox/src/automation/assignment/auto-assignment.service.ts', 'libs/inbox/src/automation/auto-replies/auto-replies.service.ts',
  'libs/inbox/src/automation/auto-resolve.service.ts', 'libs/inbox/src/automation/conversation-followup.service.ts',
  'libs/inbox/src/automation/sla/sla-policies.service.ts', 'libs/inbox/src/automation/sla/sla.service.ts',
  'libs/inbox/src/contacts/contact-profile.service.ts', 'libs/inbox/src/conversations/conversations.service.ts',
  'libs/inbox/src/notifications/mention-notifier.ts', 'libs/inbox/src/notifications/notifications.service.ts',
  'libs/inbox/src/notifications/incoming-notifier.ts',
  'libs/inbox/src/search/search.service.ts',
];

export default tseslint.config(
  // The browser suite and the web bench are plain .mjs run by node; they are linted too.
  { ignores: ['dist/**', 'node_modules/**', '.data/**', '.tmp/**', 'coverage/**', 'test-artifacts/**', '**/*.js', '**/*.mjs', '!e2e/**/*.mjs', '!bench/web.mjs'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-unsafe-function-type': 'off',
      'no-restricted-imports': restrict(['../../../*'], 'Deep relative imports: import the lib by its @parley/* alias'),
    },
  },
  { files: ['libs/**/*.ts'], rules: { 'no-restricted-imports': restrict(['**/apps/**', '../../../*'], 'libs never import apps') } },
  {
    files: ['libs/contracts/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(SERVER_ONLY, 'libs/contracts is shared with the browser: plain TypeScript only') },
  },
  {
    files: ['libs/channels/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(['typeorm', 'pg', '@parley/core', '@parley/inbox', '**/apps/**'], 'libs/channels holds no database code') },
  },
  {
    files: ['libs/core/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(['@parley/inbox', '@parley/channels', '**/apps/**'], 'libs/core is infrastructure: it knows no domain') },
  },
  {
    // Repositories own the SQL: a service asks its context's <context>.repository.ts, never a DataSource.
    // The files listed in LEGACY_DATA_SOURCE predate the rule; move their SQL into a repository, then drop them here.
    files: ['libs/inbox/src/**/*.ts'],
    ignores: ['**/*.repository.ts', '**/*.queries.ts', '**/*.spec.ts', ...LEGACY_DATA_SOURCE],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/apps/**', '../../../*'], message: 'libs never import apps' }],
        paths: [{ name: 'typeorm', importNames: ['DataSource'], message: 'Services reach the database through their context\'s repository (<context>.repository.ts), never a DataSource' }],
      }],
    },
  },
  {
    // The automation contexts talk to each other (and are reached from the rest of the inbox) only through
    // each context's index.ts, which exports its module, services and pure logic, never its repository.
    files: ['libs/inbox/src/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { typescript: { project: 'tsconfig.json' } },
      'boundaries/elements': [{ type: 'automation-context', pattern: 'libs/inbox/src/automation/(sla|business-hours|auto-replies|assignment)' },
        { type: 'inbox-context', pattern: 'libs/inbox/src/*' }],
    },
    rules: {
      'boundaries/dependencies': ['error', {
        default: 'allow',
        policies: [
          { disallow: { to: { element: { type: 'automation-context' } } }, message: 'Import another automation context through its index.ts (its services and pure logic), not its files' },
          { allow: { to: { element: { type: 'automation-context', fileInternalPath: 'index.ts' } } } },
        ],
      }],
    },
  },
  { files: ['apps/api/**/*.ts'], rules: { 'no-restricted-imports': restrict(['**/apps/worker/**', '**/apps/web/**', '**/worker/src/**', '../../../*'], 'apps never import each other') } },
  { files: ['apps/worker/**/*.ts'], rules: { 'no-restricted-imports': restrict(['**/apps/api/**', '**/apps/web/**', '**/api/src/**', '../../../*'], 'apps never import each other') } },
  {
    files: ['apps/web/**/*.ts', 'apps/web/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn', 'no-restricted-imports': restrict([...SERVER_ONLY, '**/apps/api/**', '**/apps/worker/**'], 'the dashboard imports only @parley/contracts from the libs') },
  },
  { files: ['test/**/*.ts', 'e2e/**/*.ts', 'bench/**/*.ts', '**/*.spec.ts', '**/*.test.ts', '**/*.test.tsx'], rules: { 'no-restricted-imports': 'off' } },
);
