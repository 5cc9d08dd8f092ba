import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import type { CloudAdapter } from 'botbuilder';
import type { Logger } from 'pino';
import type { Config } from '../config';
import { ConversationsStore } from '../storage/conversations.store';
import type { Database } from '../storage/database';
import { PeopleStore } from '../storage/people.store';
import { BotFrameworkSender } from './bot-framework.sender';
import { DeliveryMetrics } from './delivery-metrics';
import { DeliveryScheduler } from './delivery-scheduler';
import { DeliveryTargets } from './delivery-targets';
import { DeliveryWorkersStore } from './delivery-workers.store';
import { KnownChatsStore } from './known-chats.store';
import { OutboxDrainer } from './outbox-drainer';
import { OutboxStore } from './outbox.store';
import { startPgBossPlanning } from './pg-boss.planning';
import { RateGate, type Clock } from './rate-gate';
import { SchedulerPass, type Planner } from './scheduler-pass';

export interface Delivery {
  outbox: OutboxStore;
  metrics: DeliveryMetrics;
  pass: SchedulerPass;
  scheduler: DeliveryScheduler;
}

/** Wires the outbox, the rate-limited sender and the scheduler for this process. */
export function createDelivery(deps: {
  config: Config;
  database: Database;
  logger: Logger;
  /** Its own adapter, without onTurnError, so failed sends reach the drainer. */
  adapter: CloudAdapter;
  planners: readonly Planner[];
  /** The rate gate's time; tests that drive the clock pass theirs so waits do not take real time. */
  gateClock?: Clock;
}): Delivery {
  const { config, database, logger } = deps;
  const worker = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const outbox = new OutboxStore(database.db, database.kind);
  const people = new PeopleStore(database.db);
  const conversations = new ConversationsStore(database.db);
  const metrics = new DeliveryMetrics();
  const gate = new RateGate(config.delivery.globalPerSecond, deps.gateClock);
  const sender = new BotFrameworkSender(
    deps.adapter,
    config.bot.appId,
    config.delivery.sendTimeoutMs,
  );
  const drainer = new OutboxDrainer({
    outbox,
    sender,
    gate,
    people: people,
    targets: new DeliveryTargets({
      people: people,
      conversations: conversations,
      sender,
      gate,
      defaultServiceUrl: config.delivery.defaultServiceUrl,
    }),
    knownChats: new KnownChatsStore(database.db),
    metrics,
    logger,
    worker,
    settings: {
      concurrency: 8,
      batchSize: 64,
      // Short, and kept alive by the heartbeat (every 5 s): a killed instance's claims come back
      // within this, while a slow send of a live one keeps its claim.
      leaseMs: 20_000,
      maxAttempts: config.delivery.maxAttempts,
      backoffBaseMs: 1_000,
      backoffCapMs: 300_000,
    },
  });
  const pass = new SchedulerPass({ planners: deps.planners, outbox, drainer, metrics, logger });
  const databaseUrl = config.databaseUrl;
  const scheduler = new DeliveryScheduler({
    pass,
    drainer,
    outbox,
    gate,
    workers: new DeliveryWorkersStore(database.db),
    worker,
    logger,
    planning:
      database.kind === 'postgres' && databaseUrl
        ? { kind: 'shared', start: () => startPgBossPlanning({ databaseUrl, pass, logger }) }
        : { kind: 'embedded' },
  });
  return { outbox, metrics, pass, scheduler };
}
