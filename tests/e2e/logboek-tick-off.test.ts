import { button } from '../support/cards-sent';
import { startKoers, type KoersUnderTest } from '../support/koers-app';
import { seedStudy, type SeededStudy } from '../support/study';
import { activities, teamsUser } from '../support/teams-activities';
import { databaseKinds } from '../support/test-database';

const FRIDAY = new Date('2026-11-27T15:00:00+01:00');
type InvokeAnswer = { statusCode: number; type: string; value: unknown };

describe.each(databaseKinds)('ticking off action points on the logboek card (%s)', (kind) => {
  let koers: KoersUnderTest;
  let seeded: SeededStudy;
  const user = teamsUser(1);
  const chat = `a:personal-${user.id}`;
  let shape: { serviceUrl: string; user: typeof user };
  const execute = async (data: Record<string, unknown>) => {
    const invoke = activities.execute(shape, data);
    const response = await koers.post(invoke);
    expect(response.status).toBe(200);
    return JSON.parse(response.body) as InvokeAnswer;
  };
  const agree = (ownerPersonId: string, what: string) =>
    seeded.stores.actionPoints.add(
      {
        organisationId: seeded.organisationId,
        checkInId: null,
        ownerPersonId,
        what,
        dueOn: null,
        createdBy: 'coach',
      },
      FRIDAY,
    );

  beforeEach(async () => {
    koers = await startKoers(kind, { clock: () => FRIDAY });
    shape = { serviceUrl: koers.connector.url, user };
    seeded = await seedStudy(koers.database);
    await seeded.onRoster(user, 'aanjager');
    await seeded.onRoster(teamsUser(2), 'aanjager');
    await koers.post(activities.installed(shape));
    await koers.post(activities.submit(shape, button(koers, chat, 'Ik doe mee')));
  });
  afterEach(() => koers.stop());

  it('when someone ticks an action point and saves, then it is done and the next card leaves it out; the other stays', async () => {
    const anna = await seeded.stores.people.findByAadObjectId(user.tenantId, user.aadObjectId);
    if (!anna) throw new Error('anna was not stored');
    const done = await agree(anna.id, 'rooster bespreken');
    const open = await agree(anna.id, 'mentoren uitnodigen');

    const before = JSON.stringify(
      (await execute({ verb: 'logboek-edit', week: '2026-W48' })).value,
    );
    expect(before).toContain('rooster bespreken');

    await execute({
      verb: 'logboek-save',
      week: '2026-W48',
      q1: 'gesprek gehad',
      [`done-${done.id}`]: 'true',
      [`done-${open.id}`]: 'false',
    });

    const after = JSON.stringify((await execute({ verb: 'logboek-edit', week: '2026-W48' })).value);
    expect(after).not.toContain('rooster bespreken');
    expect(after).toContain('mentoren uitnodigen');
    expect((await seeded.stores.actionPoints.openFor([anna.id])).map((a) => a.id)).toEqual([
      open.id,
    ]);
  });

  it('when a card ticks off someone else’s action point, then it stays open', async () => {
    await koers.post(activities.installed({ ...shape, user: teamsUser(2) }));
    const bram = await seeded.stores.people.findByAadObjectId('tenant-1', teamsUser(2).aadObjectId);
    if (!bram) throw new Error('bram was not stored');
    const theirs = await agree(bram.id, 'iets van bram');

    await execute({ verb: 'logboek-save', week: '2026-W48', [`done-${theirs.id}`]: 'true' });

    expect(await seeded.stores.actionPoints.openFor([bram.id])).toHaveLength(1);
  });
});
