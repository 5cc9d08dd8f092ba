import tseslint from 'typescript-eslint';

// The rooms and what each may import (docs/architecture.md). botbuilder stays in the Teams door,
// the dialogs and the delivery and bot-state code, so a move to another SDK is one room's work.
const wall = (rooms, message) => ({ regex: `^(\\.{1,2}/)+(${rooms.join('|')})/`, message });
const noBotbuilder = {
  regex: '^botbuilder',
  message: 'botbuilder belongs in bot/, dialogs/, infra/delivery/ and the bot-state storage.',
};
const notBot = wall(
  ['bot'],
  'Only the composition roots (bot/main.ts, cli/, appPackage/) import bot/.',
);
const aboveInfra = wall(
  ['bot', 'cli', 'jobs', 'research', 'services', 'dialogs', 'tab'],
  'infra/ implements the interfaces of the rooms above it; it never imports them.',
);
const walls = [
  {
    files: ['domain/**'],
    patterns: [
      { regex: '^\\.\\./', message: 'domain/ imports nothing outside itself.' },
      noBotbuilder,
    ],
  },
  {
    files: ['cards/**'],
    patterns: [
      wall(
        ['bot', 'cli', 'jobs', 'research', 'services', 'dialogs', 'infra', 'tab'],
        'cards/ imports only domain/.',
      ),
      noBotbuilder,
    ],
  },
  { files: ['infra/**'], patterns: [aboveInfra] },
  {
    files: ['infra/**'],
    ignores: [
      'infra/delivery/**',
      'infra/storage/sql-bot.storage.ts',
      'infra/storage/conversations.store.ts',
    ],
    patterns: [aboveInfra, noBotbuilder],
  },
  { files: ['tab/**', 'research/**', 'services/**', 'jobs/**'], patterns: [notBot, noBotbuilder] },
  {
    files: ['dialogs/**'],
    patterns: [
      notBot,
      wall(
        ['infra', 'jobs', 'cli', 'research', 'tab'],
        'dialogs/ declare the narrow interfaces they need; infra/ implements them (bot/main.ts wires them).',
      ),
    ],
  },
].map(({ files, ignores, patterns }) => ({
  files,
  ...(ignores ? { ignores } : {}),
  rules: { 'no-restricted-imports': ['error', { patterns }] },
}));

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'data/**', 'coverage/**', '*.js', '*.mjs'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read settings through infra/config.ts.' },
      ],
    },
  },
  {
    files: ['infra/config.ts', 'tests/**', 'bench/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
  ...walls,
  {
    files: ['tests/**'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
