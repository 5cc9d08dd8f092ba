import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { sheetRows } from '../support/workbook-rows';
import { strings } from '../../cards/strings';
import { consentGiven } from '../infra/storage/store-fixtures';
import { seedResearchStudy } from '../support/research-study';
import { seedStudy } from '../support/study';
import { runKoersCli } from '../support/run-cli';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../support/test-database';

const { questions, coachQuestions } = strings('nl').logboek;

const header = [
  'Document group',
  'Document name',
  'rol',
  'week',
  'doelen',
  'datum',
  'bron',
  'tekst',
];
const anna = [
  'ORG-01',
  'P-01-01 2026-W41',
  'aanjager',
  '2026-W41',
  'visie, eigen rol',
  '2026-10-06',
  'spraakbericht',
  `${questions[0]}\ngesprek met de mentoren\n\n${questions[2]}\nde koffie; "echt"\n\n[1 bijlage, niet in deze export]`,
];
const coach = ['ORG-01', 'P-01-02 2026-W41', 'teamcoach', '2026-W41', '', '2026-10-07', 'logboek'];
const annaNote = [
  'ORG-01',
  'P-01-01 2026-W41 notitie',
  'aanjager',
  '2026-W41',
  '',
  '2026-10-08',
  'notitie',
  '=1+1 was een grapje',
];
const maatje = [
  'ORG-01',
  'P-01-03 2026-W42',
  'maatje',
  '2026-W42',
  'rol waarmaken',
  '2026-10-13',
  'logboek',
  `${questions[3]}\nte weinig tijd\nen roosters`,
];
const everyone = [
  header,
  anna,
  [...coach, `${coachQuestions[1]}\ntwee scholen gebeld`],
  annaNote,
  maatje,
];

describe.each(databaseKinds)('koers export on %s', (kind) => {
  let database: TestDatabase;
  const run = (...argv: string[]) => runKoersCli(argv, database.env);
  const out = (name: string) => join(database.env.DATA_DIR!, name);
  beforeEach(async () => {
    database = await openTestDatabase(kind);
  });
  afterEach(() => database.dispose());

  it('when a study has entries, a note and a voice message, then the workbook has one row per document under pseudonyms, and nothing still inside its bedenktijd', async () => {
    const seeded = await seedResearchStudy(database, 'window');
    const result = await run(
      'export',
      '--study',
      seeded.studyId,
      '--format',
      'xlsx',
      '--out',
      out('e.xlsx'),
    );
    expect(result).toMatchObject({ code: 0, err: expect.stringContaining('4 documents') });
    expect(await sheetRows(out('e.xlsx'))).toEqual(everyone);
  });

  it('when contributions are still inside their bedenktijd, then the export says how many it held back, why, and until when, also when that leaves it empty', async () => {
    const seeded = await seedStudy(database);
    const person = await seeded.stores.people.upsertFromTeams(
      {
        tenantId: 't-1',
        aadObjectId: 'aad-vers',
        teamsUserId: '29:vers',
        name: 'Vers',
        locale: null,
      },
      new Date(),
    );
    await seeded.stores.roster.importRoster(
      seeded.organisationId,
      [{ name: 'Vers', aadObjectId: 'aad-vers', role: 'aanjager' }],
      'test',
      new Date(),
    );
    await seeded.stores.consents.decide(person.id, seeded.studyId, consentGiven, new Date());
    const saved = await seeded.stores.contributions.add(
      {
        personId: person.id,
        organisationId: seeded.organisationId,
        kind: 'logboek-entry',
        period: '2026-W49',
        text: JSON.stringify({ q1: 'net geschreven' }),
      },
      new Date(),
    );
    if (!saved.stored) throw new Error('refused');
    const until = new Date(saved.contribution.windowEndsAt)
      .toISOString()
      .slice(0, 16)
      .replace('T', ' ');
    const result = await run(
      'export',
      '--study',
      seeded.studyId,
      '--format',
      'csv',
      '--out',
      out('v.csv'),
    );
    expect(result.code).toBe(0);
    expect(result.err).toContain('0 documents');
    expect(result.err).toContain(
      `1 contribution held back: it is still inside its bedenktijd (until ${until} UTC) and may yet be withdrawn`,
    );

    const full = await seedResearchStudy(database, 'window');
    const more = await run(
      'export',
      '--study',
      full.studyId,
      '--format',
      'csv',
      '--out',
      out('w.csv'),
    );
    expect(more.err).toMatch(/4 documents .*\n1 contribution held back/);
  });

  it('when exported as csv, then it is UTF-8 with a BOM, ; between fields, CRLF between rows, quoted where needed and a formula made harmless', async () => {
    const seeded = await seedResearchStudy(database, 'window');
    await run('export', '--study', seeded.studyId, '--format', 'csv', '--out', out('e.csv'));
    const text = readFileSync(out('e.csv'), 'utf8');
    expect(
      text.startsWith('\uFEFFDocument group;Document name;rol;week;doelen;datum;bron;tekst\r\n'),
    ).toBe(true);
    expect(text).toContain(
      `\r\nORG-01;P-01-01 2026-W41 notitie;aanjager;2026-W41;;2026-10-08;notitie;'=1+1 was een grapje\r\n`,
    );
    expect(text).toContain(
      `;spraakbericht;"${questions[0]}\ngesprek met de mentoren\n\n${questions[2]}\nde koffie; ""echt""`,
    );
    expect(text.split('\r\n')).toHaveLength(everyone.length + 1);
  });

  it('when someone withdrew after the bedenktijd, then what they gave stays in the export under their pseudonym', async () => {
    const seeded = await seedResearchStudy(database, 'window');
    await seeded.stores.consents.withdraw(seeded.ids.anna, seeded.studyId, new Date());
    await run('export', '--study', seeded.studyId, '--format', 'xlsx', '--out', out('w.xlsx'));
    expect(await sheetRows(out('w.xlsx'))).toEqual(everyone);
  });

  it('when someone in a full-erasure study withdrew, then nothing of theirs is exported', async () => {
    const seeded = await seedResearchStudy(database, 'full');
    await seeded.stores.consents.withdraw(seeded.ids.anna, seeded.studyId, new Date());
    await run('export', '--study', seeded.studyId, '--format', 'xlsx', '--out', out('f.xlsx'));
    const names = (await sheetRows(out('f.xlsx'))).map((row) => row[1]);
    expect(names).toEqual(['Document name', 'P-01-01 2026-W41', 'P-01-02 2026-W42']);
  });

  it('when exported for ATLAS.ti, then the headers carry its prefixes and each goal is a 1/0 column', async () => {
    const seeded = await seedResearchStudy(database, 'window');
    await run(
      'export',
      '--study',
      seeded.studyId,
      '--format',
      'xlsx',
      '--out',
      out('a.xlsx'),
      '--for',
      'atlasti',
    );
    const [head, first] = await sheetRows(out('a.xlsx'));
    expect(head).toEqual([
      '!Document name',
      ':organisatie',
      ':rol',
      ':week',
      '.visie',
      '.gedeelde visie',
      '.eigen rol',
      '.rol waarmaken',
      '&datum',
      ':bron',
      'tekst',
    ]);
    expect(first?.slice(0, 10)).toEqual([
      'P-01-01 2026-W41',
      'ORG-01',
      'aanjager',
      '2026-W41',
      '1',
      '0',
      '1',
      '0',
      '2026-10-06',
      'spraakbericht',
    ]);
  });

  it('when a study is exported, then the audit log records who, which format and how many rows', async () => {
    const seeded = await seedResearchStudy(database, 'window');
    await run('export', '--study', seeded.studyId, '--format', 'csv', '--out', out('e.csv'));
    const audit = await seeded.stores.audit.about(`study:${seeded.studyId}`);
    expect(audit.filter((a) => a.action === 'research.exported')).toEqual([
      expect.objectContaining({
        actor: `cli:${userInfo().username}`,
        details: { study: seeded.studyId, format: 'csv', layout: 'maxqda', rows: 4 },
      }),
    ]);
  });

  it('when the study is unknown or the format is not offered, then nothing is written and the exit code says so', async () => {
    const unknown = await run(
      'export',
      '--study',
      'nope',
      '--format',
      'csv',
      '--out',
      out('x.csv'),
    );
    expect(unknown).toMatchObject({ code: 1, err: 'no study with id nope' });
    const badFormat = await run(
      'export',
      '--study',
      'nope',
      '--format',
      'pdf',
      '--out',
      out('x.pdf'),
    );
    expect(badFormat).toMatchObject({
      code: 2,
      err: expect.stringContaining('--format must be one of xlsx, csv'),
    });
  });
});
