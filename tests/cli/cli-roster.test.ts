import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadKeys } from '../../infra/crypto/keys';
import { createStores } from '../../infra/storage/stores';
import { runKoersCli } from '../support/run-cli';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../support/test-database';

const aad = '7a1f0e5c-3b2d-4c8e-9f1a-2b3c4d5e6f70';

describe.each(databaseKinds)('koers roster, caseload and pair on %s', (kind) => {
  let database: TestDatabase;
  let env: Record<string, string>;
  let org: string;
  const run = (...argv: string[]) => runKoersCli(argv, env);
  beforeEach(async () => {
    database = await openTestDatabase(kind);
    env = database.env;
    const study = await run(
      ...[
        'study',
        'create',
        '--name',
        'Pilot',
        '--contact-name',
        'A',
        '--contact-email',
        'a@hva.nl',
      ],
    );
    org = (await run('org', 'create', '--name', 'Het Lyceum', '--study', study.out)).out;
  });
  afterEach(() => database.dispose());

  const csv = (name: string, text: string) => {
    const file = join(env.DATA_DIR!, name);
    writeFileSync(file, text);
    return file;
  };
  const listed = async () => (await run('roster', 'list', '--org', org)).out.split('\n');

  it('when a spreadsheet export has quotes, commas, a BOM and CRLF, then every line is imported as written', async () => {
    const keys = loadKeys({
      dataDir: env.DATA_DIR!,
      keys: { encryption: undefined, pseudonym: undefined },
    });
    await createStores(database, keys).people.upsertFromTeams(
      { tenantId: 't', aadObjectId: aad, teamsUserId: '29:anna', name: 'Anna', locale: null },
      new Date(),
    );
    const file = csv(
      'rooster.csv',
      '\uFEFFNaam,E-mail,AAD_Object_ID,Rol\r\n' +
        '"Jansen, Piet ""PJ""",Piet@School.nl,,Aanjager\r\n' +
        `Anna de Vries,,${aad},maatje\r\n` +
        '"Kees\r\nCoach",kees@hva.nl,,teamcoach\r\n\r\n',
    );

    const imported = await run('roster', 'import', file, '--org', org);
    expect(imported).toMatchObject({ code: 0, err: '' });
    expect(imported.out).toBe('imported 3 lines into Het Lyceum (3 people on them)');

    const lines = await listed();
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^\S+ {2}Anna de Vries {6}maatje {5}linked to Teams: yes$/);
    expect(lines[1]).toMatch(/^\S+ {2}Jansen, Piet "PJ" {2}aanjager {3}linked to Teams: no$/);
    expect(lines[2]).toMatch(/^\S+ {2}Kees Coach {9}teamcoach {2}linked to Teams: no$/);
  });

  it('when one roster line is bad, then every problem is shown with its line number and nothing is written', async () => {
    const file = csv(
      'rooster.csv',
      [
        'name,email,aad_object_id,role',
        'Piet,piet@school.nl,,aanjager',
        'Marie,marie-at-school,,maatje',
        'Joost,,,docent',
        '"Els, de",els@school.nl,,directeur',
        'Ruud,ruud@school.nl,,teamcoach,overbodig',
        'Kees,kees@hva.nl,,teamcoach',
      ].join('\n'),
    );

    const imported = await run('roster', 'import', file, '--org', org);
    expect(imported.code).toBe(1);
    expect(imported.out).toBe('');
    expect(imported.err.split('\n')).toEqual([
      'line 3: email is not an e-mail address',
      'line 4: give an email or an aad_object_id',
      'line 5: role must be one of aanjager, maatje, teamcoach, onderzoeker, docent, management, beheerder',
      'line 6: more fields than the 4 the header names',
      `nothing was imported; fix ${file} and run the import again`,
    ]);
    expect(await listed()).toEqual([
      'no one on the roster of Het Lyceum yet; `koers roster import` adds people',
    ]);
  });

  it('when a caseload or pair names someone without the right role, then it is refused and says why', async () => {
    const file = csv(
      'rooster.csv',
      'name,email,role\nPiet,piet@school.nl,aanjager\nMarie,marie@school.nl,maatje\nKees,kees@hva.nl,teamcoach\n',
    );
    await run('roster', 'import', file, '--org', org);
    const marie = (await listed()).find((line) => line.includes('Marie'))!.split(' ')[0]!;

    const notCoach = await run(
      'caseload',
      'add',
      '--org',
      org,
      '--coach',
      'piet@school.nl',
      '--member',
      marie,
    );
    expect(notCoach.code).toBe(1);
    expect(notCoach.err).toBe('--coach: Piet is not a teamcoach at Het Lyceum (has aanjager)');

    const unknown = await run(
      'caseload',
      'add',
      '--org',
      org,
      '--coach',
      'kees@hva.nl',
      '--member',
      'jan@x.nl',
    );
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('--member: no one on the roster of Het Lyceum is "jan@x.nl"');

    const coachAsMember = await run(
      'caseload',
      'add',
      '--org',
      org,
      '--coach',
      'kees@hva.nl',
      '--member',
      'KEES@hva.nl',
    );
    expect(coachAsMember.err).toBe(
      '--member: Kees is not an aanjager or a maatje at Het Lyceum (has teamcoach)',
    );

    const added = await run(
      'caseload',
      'add',
      '--org',
      org,
      '--coach',
      'kees@hva.nl',
      '--member',
      marie,
    );
    expect(added).toMatchObject({ code: 0, err: '', out: 'Marie is on the caseload of Kees now' });

    const swapped = await run(
      'pair',
      '--org',
      org,
      '--aanjager',
      'marie@school.nl',
      '--maatje',
      'piet@school.nl',
    );
    expect(swapped.code).toBe(1);
    expect(swapped.err).toBe('--aanjager: Marie is not an aanjager at Het Lyceum (has maatje)');

    const paired = await run(
      'pair',
      '--org',
      org,
      '--aanjager',
      'piet@school.nl',
      '--maatje',
      marie,
    );
    expect(paired).toMatchObject({
      code: 0,
      out: 'Piet (aanjager) and Marie (maatje) are paired now',
    });

    const { db } = database;
    expect(await db.selectFrom('coach_assignments').selectAll().execute()).toEqual([
      { coach_member_id: expect.any(String), member_id: marie },
    ]);
    expect(await db.selectFrom('buddy_pairs').select('maatje_member_id').execute()).toEqual([
      { maatje_member_id: marie },
    ]);
  });
});

describe('koers roster import, file checks', () => {
  let database: TestDatabase;
  let env: Record<string, string>;
  let org: string;
  beforeAll(async () => {
    database = await openTestDatabase('sqlite');
    env = database.env;
    const study = await runKoersCli(
      ['study', 'create', '--name', 'P', '--contact-name', 'A', '--contact-email', 'a@hva.nl'],
      env,
    );
    org = (await runKoersCli(['org', 'create', '--name', 'School', '--study', study.out], env)).out;
  });
  afterAll(() => database.dispose());

  const importText = (text: string) => {
    const file = join(env.DATA_DIR!, `roster-${Math.random().toString(36).slice(2)}.csv`);
    writeFileSync(file, text);
    return runKoersCli(['roster', 'import', file, '--org', org], env);
  };

  it('when Dutch Excel saved the file with semicolons, then it is read all the same', async () => {
    const result = await importText('naam;rol;email\r\n"de Boer; Jan";docent;jan@school.nl\r\n');
    expect(result).toMatchObject({
      code: 0,
      out: 'imported 1 line into School (1 people on them)',
    });
    const list = await runKoersCli(['roster', 'list', '--org', org], env);
    expect(list.out).toContain('de Boer; Jan  docent');
  });

  it('when the header is wrong, then the columns are named and nothing is read below it', async () => {
    const result = await importText('naam,klas,mail\nPiet,3b,piet@school.nl\n');
    expect(result.code).toBe(1);
    expect(result.err.split('\n').slice(0, -1)).toEqual([
      'line 1: unknown column "klas" (use name, email, aad_object_id, role)',
      'line 1: unknown column "mail" (use name, email, aad_object_id, role)',
      'line 1: no role column',
      'line 1: no email or aad_object_id column',
    ]);
  });

  it('when a quote is never closed or text follows one, then the line is named', async () => {
    const result = await importText(
      'name,email,role\n"Piet"x,piet@school.nl,docent\n"Marie,marie@school.nl,docent\n',
    );
    expect(result.code).toBe(1);
    expect(result.err).toContain('line 2: text after a closing quote');
    expect(result.err).toContain('line 3: a quoted field is never closed');
  });

  it('when the file or organisation does not exist, then it says so with exit code 1', async () => {
    const missing = await runKoersCli(
      ['roster', 'import', '/nonexistent/r.csv', '--org', org],
      env,
    );
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/^cannot read \/nonexistent\/r.csv: ENOENT/);
    const file = join(env.DATA_DIR!, 'ok.csv');
    writeFileSync(file, 'name,email,role\nPiet,piet@school.nl,docent\n');
    const noOrg = await runKoersCli(['roster', 'import', file, '--org', 'nope'], env);
    expect(noOrg).toMatchObject({
      code: 1,
      err: 'no organisation with id nope; `koers org list` shows them',
    });
  });
});
