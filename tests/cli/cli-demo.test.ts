import type { Kysely } from 'kysely';
import type { KoersSchema } from '../../infra/storage/schema';
import { runKoersCli } from '../support/run-cli';
import { seedStudy } from '../support/study';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../support/test-database';

const given = { choice: 'given', textVersion: 1, textHash: 'x', language: 'nl' } as const;
const key = `k1:${Buffer.alloc(32, 7).toString('base64')}`;

/** How many rows each table holds: what a reset may and may not have touched. */
async function rowCounts(db: Kysely<KoersSchema>) {
  const tables = [
    'studies',
    'consent_texts',
    'organisations',
    'holiday_periods',
    'members',
    'member_roles',
    'coach_assignments',
    'buddy_pairs',
    'invites',
    'consent_events',
    'people',
    'demo_studies',
  ] as const;
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const { n } = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(n);
  }
  return counts;
}

describe.each(databaseKinds)('koers demo on %s', (kind) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await openTestDatabase(kind);
  });
  afterEach(() => database.dispose());

  const run = (...argv: string[]) => runKoersCli(argv, database.env);

  it('when the demo is reset, then what it made and what was done in it goes, and a school set up by hand stays', async () => {
    const seeded = await seedStudy(database);
    const at = new Date();
    const person = await seeded.stores.people.upsertFromTeams(
      { tenantId: 't', aadObjectId: 'aad-1', teamsUserId: '29:1', name: 'Alex', locale: 'nl-NL' },
      at,
    );
    const own = await seeded.stores.invites.create(
      seeded.organisationId,
      'aanjager',
      { validDays: 1, uses: 1 },
      at,
    );
    await seeded.stores.invites.redeem(own.code, person, at);
    await seeded.stores.consents.decide(person.id, seeded.studyId, given, at);
    const before = await rowCounts(database.db);

    const demo = await run('demo');
    expect(demo.code).toBe(0);
    const code = /koppel (\S+)/.exec(demo.out)?.[1] ?? '';
    const joined = await seeded.stores.invites.redeem(code, person, at);
    expect(joined).toMatchObject({ joined: true, role: 'aanjager' });
    const [made] = await seeded.stores.demo.find();
    await seeded.stores.consents.decide(person.id, made!.studyId, given, at);
    expect(await seeded.stores.members.viewerOf(person.id)).toMatchObject({
      memberships: [expect.anything(), expect.anything()],
    });

    const reset = await run('demo', '--reset');
    expect(reset).toMatchObject({ code: 0, err: '' });
    expect(reset.out).toBe(
      'removed the demo: 1 study, 1 school, 4 people on its roster, and what they did in it',
    );
    expect(await rowCounts(database.db)).toEqual(before);
    const viewer = await seeded.stores.members.viewerOf(person.id);
    expect(viewer.memberships.map((m) => m.organisationId)).toEqual([seeded.organisationId]);
    expect(await seeded.stores.consents.studiesOf(person.id)).toEqual([seeded.studyId]);

    expect(await run('demo', '--reset')).toMatchObject({
      code: 0,
      out: 'there is no demo to remove',
    });
  });

  it('when a demo is there already, then a second one is refused and says how to start over', async () => {
    expect((await run('demo')).code).toBe(0);
    const again = await run('demo');
    expect(again.code).toBe(1);
    expect(again.err).toContain('`koers demo --reset` removes it');
    expect(await database.db.selectFrom('studies').selectAll().execute()).toHaveLength(1);
  });

  it('when Koers runs in production mode, then the demo is refused and nothing is made', async () => {
    const production = {
      ...database.env,
      ...{ MicrosoftAppId: 'app', MicrosoftAppPassword: 'secret', MicrosoftAppTenantId: 'tenant' },
      ...{ KOERS_ENCRYPTION_KEY: key, KOERS_PSEUDONYM_KEY: key },
    };
    for (const argv of [['demo'], ['demo', '--reset']]) {
      const refused = await runKoersCli(argv, production);
      expect(refused.code).toBe(1);
      expect(refused.err).toContain('local mode only');
    }
    expect(await database.db.selectFrom('studies').selectAll().execute()).toHaveLength(0);
  });
});
