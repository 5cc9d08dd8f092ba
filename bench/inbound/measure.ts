import { setTimeout as sleep } from 'node:timers/promises';
import type { BenchKeeper } from '../seed/keepers';
import type { RunningTarget } from './bare-bot';
import { startBareBot } from './bare-bot';
import { firstSaves, type BodySpec } from './bodies';
import type { ConnectorHandle } from './connector';
import { runLoad, type LoadFigures } from './load-generator';
import type { KoersTarget } from './koers-target';

export interface InboundOptions {
  seconds: number;
  warmupSeconds: number;
  connections: number;
  /** The fixed rate of the second run, requests per second over all connections. */
  rate: number;
  via: 'submit' | 'execute';
}

/** A run's figures and what it left behind: entries stored and replies the connector got. */
export interface RunFigures extends LoadFigures {
  stored: number | null;
  replied: number;
}

export interface TargetFigures {
  target: string;
  storage: string;
  max: RunFigures;
  fixed: RunFigures;
  /** Some requests saved a week the same person had saved earlier in the run (an edit). */
  wrapped: boolean;
  /** SQL statements Koers sent per entry stored, over the whole load. */
  statementsPerSave?: number;
}

/** The bare echo bot: a warm-up, then as fast as it goes, then at the fixed rate. */
export async function measureBare(
  connector: ConnectorHandle,
  options: InboundOptions,
): Promise<TargetFigures> {
  const bare = await startBareBot();
  try {
    const body: BodySpec = { kind: 'echo', serviceUrl: connector.url };
    return await measureTarget('bare echo bot', '-', bare, connector, body, options);
  } finally {
    await bare.stop();
  }
}

/** Koers saving logboek cards of `keepers`, each request another person's first save. */
export function measureKoers(
  koers: KoersTarget,
  storage: string,
  keepers: BenchKeeper[],
  weeks: string[],
  connector: ConnectorHandle,
  options: InboundOptions,
): Promise<TargetFigures> {
  const users = keepers.map((k) => k.user);
  const body: BodySpec = {
    kind: 'logboek',
    serviceUrl: connector.url,
    via: options.via,
    users,
    weeks,
  };
  return measureTarget(`koers logboek ${options.via}`, storage, koers, connector, body, options);
}

async function measureTarget(
  target: string,
  storage: string,
  server: RunningTarget & Partial<Pick<KoersTarget, 'entries'>>,
  connector: ConnectorHandle,
  body: BodySpec,
  options: InboundOptions,
): Promise<TargetFigures> {
  const job = { url: server.url, body, connections: options.connections };
  let startAt = (await runLoad({ ...job, seconds: options.warmupSeconds, startAt: 0 })).nextK;
  const run = async (rate?: number): Promise<RunFigures> => {
    const before = await settled(server, connector);
    const figures = await runLoad({ ...job, seconds: options.seconds, startAt, rate });
    startAt = figures.nextK;
    const after = await settled(server, connector);
    return {
      ...figures,
      stored: after.stored === null ? null : after.stored - (before.stored ?? 0),
      replied: after.replied - before.replied,
    };
  };
  const max = await run();
  const fixed = await run(options.rate);
  return { target, storage, max, fixed, wrapped: startAt > firstSaves(body) };
}

async function counts(server: Partial<Pick<KoersTarget, 'entries'>>, connector: ConnectorHandle) {
  const stored = server.entries ? await server.entries() : null;
  return { stored, replied: (await connector.replies()).ok };
}

/** Requests cut off at the end of a run may still be answered: count once nothing moves. */
async function settled(server: Partial<Pick<KoersTarget, 'entries'>>, connector: ConnectorHandle) {
  let last = await counts(server, connector);
  for (;;) {
    await sleep(200);
    const now = await counts(server, connector);
    if (now.stored === last.stored && now.replied === last.replied) return now;
    last = now;
  }
}
