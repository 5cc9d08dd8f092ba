import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const ROOMS = [
  'bot',
  'cli',
  'jobs',
  'research',
  'services',
  'dialogs',
  'cards',
  'domain',
  'infra',
  'tab',
];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [relative(ROOT, path)] : [];
  });
}

const importsBotbuilder = (file: string) =>
  /from '(botbuilder|botbuilder-dialogs|botframework-[a-z-]+)'/.test(
    readFileSync(join(ROOT, file), 'utf8'),
  );

describe('how far botbuilder reaches', () => {
  it('when the project is read, then only the Teams door, the dialogs, delivery and the bot-state storage import it', () => {
    const outside = ROOMS.flatMap((room) => sources(join(ROOT, room)))
      .filter((file) => !file.startsWith('bot/') && !file.startsWith('dialogs/'))
      .filter(importsBotbuilder)
      .sort();
    // Moving to the Microsoft 365 Agents SDK means changing these, bot/ and dialogs/: no more.
    expect(outside).toEqual([
      'infra/delivery/bot-framework.sender.ts',
      'infra/delivery/conversations.ts',
      'infra/delivery/delivery.ts',
      'infra/delivery/outbox.ts',
      'infra/delivery/proactive-sender.ts',
      'infra/storage/conversations.store.ts',
      'infra/storage/sql-bot.storage.ts',
    ]);
  });

  it('when bot/ is listed, then it holds the Teams door only: at most 20 files', () => {
    expect(sources(join(ROOT, 'bot')).length).toBeLessThanOrEqual(20);
  });
});
