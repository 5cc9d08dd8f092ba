import type { Clock } from '../../infra/delivery/rate-gate';
import {
  card,
  personalChat,
  startDelivery,
  type DeliveryUnderTest,
} from '../support/delivery-harness';
import { databaseKinds } from '../support/test-database';

const T0 = new Date('2026-11-27T10:00:00Z');
const END_OF_WEEK = new Date('2026-11-29T23:00:00Z');
const PROMPTS = 10;

/** The rate gate waits in this test's time, so 20 seconds of Retry-After take none. */
function steppedClock(): Clock & { advance(ms: number): void } {
  let now = T0.getTime();
  return {
    now: () => now,
    sleep: (ms) => {
      now += ms;
      return Promise.resolve();
    },
    advance: (ms) => (now += ms),
  };
}

describe.each(databaseKinds)('when Teams throttles for a long time (%s)', (kind) => {
  let koers: DeliveryUnderTest;
  let clock: ReturnType<typeof steppedClock>;
  let now: Date;
  beforeEach(async () => {
    clock = steppedClock();
    now = T0;
    koers = await startDelivery(kind, { OUTBOX_MAX_ATTEMPTS: '3' }, clock);
  });
  afterEach(() => koers.stop());

  /** Teams answers 429 with Retry-After: 1 to every send until `until`. */
  const throttleUntil = (until: Date) =>
    koers.connector.throttle(1, { times: 100_000, match: () => now < until });
  const runFor = async (ms: number) => {
    const end = now.getTime() + ms;
    while (now.getTime() <= end) {
      await koers.delivery.pass.runDue(now);
      now = new Date(now.getTime() + 500);
      clock.advance(500);
    }
  };
  const prompts = async () => {
    const drafts = [];
    for (let n = 1; n <= PROMPTS; n++) {
      const person = await koers.addPerson(n);
      drafts.push({
        ...card(`p${n}:logboek-prompt:2026-W48`, person.id, T0),
        staleAt: END_OF_WEEK,
      });
    }
    await koers.delivery.outbox.enqueue(drafts, T0);
  };

  it('when 20 seconds of 429 pass, then every prompt still arrives once and none used up its attempts', async () => {
    await prompts();
    throttleUntil(new Date(T0.getTime() + 20_000));
    await runFor(25_000);
    const rows = await koers.database.db.selectFrom('outbox').selectAll().execute();
    expect(rows.map((row) => row.status)).toEqual(Array(PROMPTS).fill('sent'));
    expect(rows.map((row) => row.attempts)).toEqual(Array(PROMPTS).fill(1));
    for (let n = 1; n <= PROMPTS; n++) {
      expect(koers.connector.activitiesIn(personalChat(n))).toHaveLength(1);
    }
    expect(koers.delivery.metrics.throttledMs).toBeGreaterThanOrEqual(20_000);
    expect(koers.delivery.metrics.render()).toMatch(
      /^koers_outbox_throttled_seconds_total [1-9]\d*$/m,
    );
  });

  it('when the throttling lasts past the week, then the prompt is given up, not sent late', async () => {
    await prompts();
    const weekOver = END_OF_WEEK.getTime() - T0.getTime();
    throttleUntil(new Date(T0.getTime() + weekOver + 60_000));
    await koers.delivery.pass.runDue(T0);
    now = new Date(END_OF_WEEK.getTime() - 1_000);
    clock.advance(weekOver);
    await runFor(2_000);
    const rows = await koers.database.db.selectFrom('outbox').selectAll().execute();
    expect(rows.map((row) => row.status)).toEqual(Array(PROMPTS).fill('dead'));
    expect(koers.connector.activities()).toHaveLength(0);
  });

  it('when Teams fails for real (503), then those tries do count toward the limit', async () => {
    const person = await koers.addPerson(1);
    await koers.delivery.outbox.enqueue([card('k', person.id, T0)], T0);
    koers.connector.serverError(503, { times: 100 });
    await runFor(600_000);
    const [row] = await koers.database.db.selectFrom('outbox').selectAll().execute();
    expect(row).toMatchObject({ status: 'dead', attempts: 3 });
  });
});
