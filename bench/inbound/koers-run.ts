import type { StorageKind } from '../../infra/storage/database';
import { openTestDatabase, type TestDatabase } from '../../tests/support/test-database';
import type { BenchKeeper } from '../seed/keepers';
import { runningClock, scenarioStart } from '../seed/scenario';
import type { ConnectorHandle } from './connector';
import { seedInboundKeepers, startKoersTarget, weeksToSave } from './koers-target';
import { measureKoers, type InboundOptions, type TargetFigures } from './measure';

/** When the load plays: Koers's clock starts at `start`; saves go to this week, then `freeFrom` back. */
export interface LoadScene {
  start: Date;
  freeFrom: number;
}

/** Koers started on `database` with its clock at the scene's start, measured, and stopped again. */
export async function measureKoersOn(
  database: TestDatabase,
  keepers: BenchKeeper[],
  scene: LoadScene,
  connector: ConnectorHandle,
  options: InboundOptions,
): Promise<TargetFigures> {
  const koers = await startKoersTarget(database, connector.url, runningClock(scene.start));
  try {
    const weeks = weeksToSave(scene.start, scene.freeFrom);
    return await measureKoers(koers, database.kind, keepers, weeks, connector, options);
  } finally {
    await koers.stop();
  }
}

/** Koers on a fresh database with `people` aanjagers whose card of this week is open. */
export async function koersOnFreshDatabase(
  kind: StorageKind,
  people: number,
  connector: ConnectorHandle,
  options: InboundOptions,
  scene: LoadScene = { start: scenarioStart(), freeFrom: 1 },
): Promise<TargetFigures> {
  // Statements per save: all Koers sent under load, the benchmark's own counts left out.
  let statements = 0;
  const onStatement = (sql: string) => {
    if (!sql.startsWith('select count(')) statements += 1;
  };
  const database = await openTestDatabase(kind, { onStatement });
  try {
    const keepers = await seedInboundKeepers(database, connector.url, scene.start, people);
    statements = 0;
    const figures = await measureKoersOn(database, keepers, scene, connector, options);
    const saves = await database.db
      .selectFrom('contributions')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .executeTakeFirstOrThrow();
    return { ...figures, statementsPerSave: statements / Math.max(1, Number(saves.n)) };
  } finally {
    await database.dispose();
  }
}
