import { join } from 'node:path';
import { seedResearchStudy } from '../support/research-study';
import { runKoersCli } from '../support/run-cli';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../support/test-database';

describe.each(databaseKinds)('koers audit on %s', (kind) => {
  let database: TestDatabase;
  const run = (...argv: string[]) => runKoersCli(argv, database.env);
  const out = (name: string) => join(database.env.DATA_DIR!, name);
  beforeEach(async () => {
    database = await openTestDatabase(kind);
  });
  afterEach(() => database.dispose());

  it('when a study was exported, then koers audit shows the export with who ran it, the layout and the rows', async () => {
    const { studyId } = await seedResearchStudy(database, 'window');
    const file = out('e.csv');
    await run(
      'export',
      '--study',
      studyId,
      '--format',
      'csv',
      '--for',
      'atlasti',
      '--as',
      'Marieke',
      '--out',
      file,
    );

    const printed = await run('audit', '--action', 'research.exported', '--study', studyId);

    expect(printed.code).toBe(0);
    const lines = printed.out.split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(
        `^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d  research\\.exported  by cli:Marieke  about study:${studyId}  .*format=csv  layout=atlasti  rows=4$`,
      ),
    );
  });

  it('when narrowed by action, study or day, then only the matching records show', async () => {
    const { studyId } = await seedResearchStudy(database, 'window');
    const all = await run('audit');
    expect(all.out).toContain('consent.given');
    expect(all.out).toContain('role.granted');
    const consents = await run('audit', '--action', 'consent.given', '--study', studyId);
    expect(consents.out.split('\n').every((line) => line.includes('consent.given'))).toBe(true);
    expect(await run('audit', '--study', 'another-study')).toMatchObject({
      out: '',
      err: 'no audit records match',
    });
    expect((await run('audit', '--since', '2999-01-01')).out).toBe('');
    expect(await run('audit', '--since', 'gisteren')).toMatchObject({ code: 2 });
  });
});
