import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localDateOf } from '../../domain/zoned-time';
import { loadKeys } from '../../infra/crypto/keys';
import { createStores } from '../../infra/storage/stores';
import { runKoersCli } from '../support/run-cli';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../support/test-database';

const noKeySettings = { encryption: undefined, pseudonym: undefined };
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe.each(databaseKinds)('koers study, org and invite on %s', (kind) => {
  let database: TestDatabase;
  let env: Record<string, string>;
  beforeEach(async () => {
    database = await openTestDatabase(kind);
    // DATA_DIR too on PostgreSQL: the key files go there.
    env = database.env;
  });
  afterEach(() => database.dispose());

  const run = (...argv: string[]) => runKoersCli(argv, env);
  const stores = () =>
    createStores(database, loadKeys({ dataDir: env.DATA_DIR!, keys: noKeySettings }));

  it('when a study, an organisation and an invite are made, then each printed id works in the next command', async () => {
    const study = await run(
      ...['study', 'create', '--name', 'Pilot 2027', '--contact-name', 'Dr. A. de Wit'],
      ...['--contact-email', 'a.de.wit@hva.nl', '--extra-days', '2027-03-26,2027-05-07'],
    );
    expect(study).toMatchObject({ code: 0, err: '' });
    expect(study.out).toMatch(uuid);

    const org = await run(
      'org',
      'create',
      '--name',
      'Het Lyceum',
      '--study',
      study.out,
      '--term',
      'SLB',
    );
    expect(org).toMatchObject({ code: 0, err: '' });
    expect(org.out).toMatch(uuid);

    const holiday = await run(
      ...['org', 'holiday', '--org', org.out, '--name', 'Voorjaarsvakantie'],
      ...['--from', '2027-02-15', '--to', '2027-02-19'],
    );
    expect(holiday.code).toBe(0);
    expect(holiday.out).toBe('Voorjaarsvakantie (2027-02-15 to 2027-02-19) added to Het Lyceum');

    const list = await run('org', 'list');
    expect(list.out).toBe(
      `${org.out}  Het Lyceum  SLB  Europe/Amsterdam  40 h, 5 dagdelen  poll k 5`,
    );

    const before = localDateOf(new Date(Date.now() + 14 * 86_400_000), 'Europe/Amsterdam');
    const invite = await run('invite', '--org', org.out, '--role', 'aanjager');
    const after = localDateOf(new Date(Date.now() + 14 * 86_400_000), 'Europe/Amsterdam');
    expect(invite.code).toBe(0);
    const printed =
      /^code ([A-Z2-9]{4}-[A-Z2-9]{4}) for aanjager at Het Lyceum, valid until (\S+) \d\d:\d\d Europe\/Amsterdam \(1 use\); in Teams: koppel \1$/.exec(
        invite.out,
      );
    expect(printed).not.toBeNull();
    expect([before, after]).toContain(printed![2]);

    const { people, invites, organisations } = stores();
    const person = await people.upsertFromTeams(
      { tenantId: 't', aadObjectId: 'aad-1', teamsUserId: '29:1', name: 'Piet', locale: 'nl-NL' },
      new Date(),
    );
    expect(await invites.redeem(printed![1]!.toLowerCase(), person, new Date())).toEqual({
      joined: true,
      organisationId: org.out,
      role: 'aanjager',
    });
    expect(await organisations.findStudy(study.out)).toMatchObject({
      erasure: 'window',
      withdrawalWorkingDays: 5,
      extraNonWorkingDays: ['2027-03-26', '2027-05-07'],
    });
    expect(await organisations.holidays(org.out)).toEqual([
      { name: 'Voorjaarsvakantie', startsOn: '2027-02-15', endsOn: '2027-02-19' },
    ]);
  });

  it('when a new consent text has only Dutch, then it becomes version 2 and English readers get the Dutch; unreadable files publish nothing', async () => {
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
      '--full-erasure',
    );
    const file = join(env.DATA_DIR!, 'toestemming-v2.txt');
    writeFileSync(file, '\uFEFFnieuwe tekst, versie twee\n');

    const empty = join(env.DATA_DIR!, 'leeg.txt');
    writeFileSync(empty, '\n');
    const refused = await run(
      'study',
      'consent-text',
      '--study',
      study.out,
      '--nl',
      file,
      '--en',
      empty,
    );
    expect(refused).toMatchObject({
      code: 1,
      err: `cannot use ${empty} as the English text: the file is empty`,
    });
    const missing = await run('study', 'consent-text', '--study', study.out, '--nl', `${file}.x`);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/^cannot read the Dutch text: ENOENT/);

    const published = await run('study', 'consent-text', '--study', study.out, '--nl', file);
    expect(published).toMatchObject({ code: 0, err: '' });
    expect(published.out).toContain('consent text version 2 published');

    const { organisations } = stores();
    expect(await organisations.findStudy(study.out)).toMatchObject({ erasure: 'full' });
    expect(await organisations.consentText(study.out, 'en')).toEqual({
      studyId: study.out,
      version: 2,
      language: 'nl',
      body: 'nieuwe tekst, versie twee',
    });
    expect((await organisations.consentText(study.out, 'en', 1))?.language).toBe('en');
  });

  it('when an id is unknown, then the operator is told which and the exit code is 1', async () => {
    const text = join(env.DATA_DIR!, 'nl.txt');
    writeFileSync(text, 'tekst');
    const cases: [string[], string][] = [
      [['org', 'create', '--name', 'X', '--study', 'nope'], 'no study with id nope'],
      [['study', 'consent-text', '--study', 'nope', '--nl', text], 'no study with id nope'],
      [['invite', '--org', 'nope', '--role', 'maatje'], 'no organisation with id nope'],
      [
        [
          'org',
          'holiday',
          '--org',
          'nope',
          '--name',
          'Kerst',
          '--from',
          '2026-12-21',
          '--to',
          '2027-01-01',
        ],
        'no organisation with id nope',
      ],
    ];
    for (const [argv, message] of cases) {
      const result = await run(...argv);
      expect({ argv, code: result.code }).toEqual({ argv, code: 1 });
      expect(result.err).toContain(message);
    }
    expect((await run('org', 'list')).out).toBe(
      'no organisations yet; `koers org create` adds one',
    );
  });
});

describe('koers arguments', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'koers-cli-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  const env = () => ({ DATA_DIR: dataDir });

  it('when an argument is wrong or missing, then the usage line goes to stderr with exit code 2', async () => {
    const cases: [string[], string, string][] = [
      [
        ['study', 'create', '--name', 'X'],
        '--contact-name is required',
        'usage: koers study create',
      ],
      [
        ['study', 'create', '--name', 'X', '--contact-name', 'A', '--contact-email', 'geen-adres'],
        '--contact-email must be an e-mail address',
        'usage: koers study create',
      ],
      [
        [
          'study',
          'create',
          '--name',
          'X',
          '--contact-name',
          'A',
          '--contact-email',
          'a@b.nl',
          '--extra-days',
          '2027-02-30',
        ],
        '--extra-days must be dates written YYYY-MM-DD',
        'usage: koers study create',
      ],
      [
        ['study', 'consent-text', '--study', 's'],
        '--nl is required',
        'usage: koers study consent-text',
      ],
      [
        ['org', 'create', '--name', 'X', '--study', 's', '--term', 'BOB'],
        '--term must be one of',
        'usage: koers org create',
      ],
      [
        ['org', 'create', '--name', 'X', '--study', 's', '--time-zone', 'Mars/Olympus'],
        '--time-zone must be an IANA',
        'usage: koers org create',
      ],
      [
        [
          'org',
          'holiday',
          '--org',
          'o',
          '--name',
          'Kerst',
          '--from',
          '2027-01-01',
          '--to',
          '2026-12-21',
        ],
        '--to must not be before --from',
        'usage: koers org holiday',
      ],
      [['org', 'list', 'extra'], 'expected positional arguments: none', 'usage: koers org list'],
      [
        ['invite', '--org', 'o', '--role', 'directeur'],
        '--role must be one of',
        'usage: koers invite',
      ],
      [
        ['invite', '--org', 'o', '--role', 'maatje', '--days', '0'],
        '--days must be at least 1',
        'usage: koers invite',
      ],
      [
        ['invite', '--org', 'o', '--role', 'maatje', '--uses'],
        "Option '--uses <value>' argument missing",
        'usage: koers invite',
      ],
      [
        ['invite', '--org', 'o', '--role', 'maatje', '--colour', 'blue'],
        "Unknown option '--colour'",
        'usage: koers invite',
      ],
      [
        ['roster', 'import', '--org', 'o'],
        'expected positional arguments: <file>',
        'usage: koers roster import',
      ],
      [
        ['caseload', 'add', '--org', 'o', '--coach', 'c'],
        '--member is required',
        'usage: koers caseload add',
      ],
      [['pair', '--org', 'o', '--maatje', 'm'], '--aanjager is required', 'usage: koers pair'],
      [['keys', 'rotate', '--now'], "Unknown option '--now'", 'usage: koers keys rotate'],
      [['org'], 'usage: koers org list', 'usage: koers org create'],
      [['keys', 'spin'], 'usage: koers keys rotate', 'usage: koers keys rotate'],
    ];
    for (const [argv, reason, usage] of cases) {
      const result = await runKoersCli(argv, env());
      expect({ argv, code: result.code, out: result.out }).toEqual({ argv, code: 2, out: '' });
      expect(result.err).toContain(reason);
      expect(result.err).toContain(usage);
    }
  });

  it('when help is asked for, then every operator command is listed', async () => {
    const result = await runKoersCli(['help'], env());
    expect(result.code).toBe(0);
    for (const name of ['study', 'org', 'invite', 'roster', 'caseload', 'pair', 'keys', 'jobs']) {
      expect(result.out).toMatch(new RegExp(`^  ${name} `, 'm'));
    }
  });
});
