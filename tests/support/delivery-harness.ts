import pino from 'pino';
import { createAdapter } from '../../bot/adapter';
import { loadConfig } from '../../infra/config';
import { createDelivery, type Delivery } from '../../infra/delivery/delivery';
import type { OutboxDraft } from '../../domain/messages';
import type { Clock } from '../../infra/delivery/rate-gate';
import type { StorageKind } from '../../infra/storage/database';
import { ConversationsStore } from '../../infra/storage/conversations.store';
import { PeopleStore } from '../../infra/storage/people.store';
import type { Person } from '../../domain/people';
import { startFakeConnector, type FakeConnector } from './fake-connector';
import { openTestDatabase, type TestDatabase } from './test-database';

export interface DeliveryUnderTest {
  database: TestDatabase;
  connector: FakeConnector;
  delivery: Delivery;
  people: PeopleStore;
  conversations: ConversationsStore;
  /** A person Koers knows; with a personal chat reference unless `chat: false`. */
  addPerson(n: number, options?: { chat?: boolean }): Promise<Person>;
  stop(): Promise<void>;
}

export const personalChat = (n: number) => `a:personal-${n}`;

export function card(dedupeKey: string, personId: string, notBefore: Date): OutboxDraft {
  return {
    dedupeKey,
    purpose: 'test-card',
    target: { personId },
    activity: { type: 'message', text: `hallo ${dedupeKey}` },
    notBefore,
  };
}

/** The real delivery engine (outbox, drainer, Bot Framework sender) against a fake Teams. */
export async function startDelivery(
  kind: StorageKind,
  settings: Record<string, string> = {},
  gateClock?: Clock,
): Promise<DeliveryUnderTest> {
  const connector = await startFakeConnector();
  const database = await openTestDatabase(kind);
  const config = loadConfig({
    SCHEDULER: 'off',
    TEAMS_GLOBAL_RPS: '1000',
    TEAMS_SERVICE_URL: connector.url,
    ...settings,
  });
  const people = new PeopleStore(database.db);
  const conversations = new ConversationsStore(database.db);
  const delivery = createDelivery({
    config,
    database,
    logger: pino({ level: 'silent' }),
    adapter: createAdapter(config),
    planners: [],
    gateClock,
  });
  return {
    database,
    connector,
    delivery,
    people,
    conversations,
    addPerson: async (n, options) => {
      const person = await people.upsertFromTeams(
        {
          tenantId: 't1',
          aadObjectId: `aad-${n}`,
          teamsUserId: `29:user-${n}`,
          name: `P ${n}`,
          locale: 'nl-NL',
        },
        new Date(),
      );
      if (options?.chat !== false) {
        await conversations.save({
          reference: {
            channelId: 'msteams',
            serviceUrl: connector.url,
            conversation: {
              id: personalChat(n),
              conversationType: 'personal',
              isGroup: false,
              name: '',
            },
            user: { id: `29:user-${n}`, name: `P ${n}` },
            bot: { id: '28:koers', name: 'koers' },
          },
          scope: 'personal',
          tenantId: 't1',
          personId: person.id,
          at: new Date(),
        });
      }
      return person;
    },
    stop: async () => {
      await connector.close();
      await database.dispose();
    },
  };
}
