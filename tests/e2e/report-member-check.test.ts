import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { said } from '../support/cards-sent';
import { reportCircle, type ReportCircle } from '../support/report-circle';
import { runKoersCli } from '../support/run-cli';
import type { TabDashboard } from '../../tab/dashboard.model';
import { activities, teamsUser } from '../support/teams-activities';
import { databaseKinds } from '../support/test-database';

// Every step runs the CLI (and a scheduler pass) as its own command; on a shared machine it takes time.
jest.setTimeout(90_000);

const MONDAY = new Date('2026-11-23T10:00:00+01:00');
const TUESDAY = new Date('2026-11-24T10:00:00+01:00');
const WEDNESDAY = new Date('2026-11-25T10:00:00+01:00');
// Answers are asked for by Friday 27 November: the reminder comes from Thursday 00:00 on.
const THURSDAY = new Date('2026-11-26T10:00:00+01:00');

const V1 = 'Oogst van de startdialoog\n\nHet team wil dat loopbaanbegeleiding van iedereen is.';
const V2 = `${V1}\n\nDe mentoren willen vaker samen naar de stages kijken.`;
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe.each(databaseKinds)('the member check of an oogstverslag (%s)', (kind) => {
  let c: ReportCircle;
  let now: Date;
  beforeEach(async () => {
    now = MONDAY;
    c = await reportCircle(kind, () => now);
  });
  afterEach(() => c.koers.stop());

  const send = async () => {
    const file = c.file('verslag.md', V1);
    const to = 'aanjager,maatje,teamcoach';
    const sent = await c.cli(
      ...['report', 'send', '--org', c.seeded.organisationId, '--title', 'Startdialoog Het Baken'],
      ...['--session', 'startdialoog 1', '--file', file, '--to', to, '--until', '2026-11-27'],
    );
    expect(sent.err).toBe('');
    expect(sent.code).toBe(0);
    await c.runDue();
    return /report (\S+) version 1/.exec(sent.out)![1]!;
  };

  it('when a report goes to three people, two agree and one comments, then a new version goes out and the frozen version with its hash is shown to the researcher', async () => {
    const reportId = await send();
    const [anna, bram, cees] = c.people;
    for (const user of c.people) {
      expect(c.reportCards(user)).toHaveLength(1);
      expect(JSON.stringify(c.reportCards(user)[0])).toContain('loopbaanbegeleiding van iedereen');
    }

    expect(JSON.stringify((await c.press(anna, 'Akkoord')).value)).toContain('Je gaf akkoord');
    await c.press(bram, 'Akkoord');
    const comment = { comment: 'De stages ontbreken nog.' };
    const receipt = await c.press(cees, 'Ik wil iets aanpassen', comment);
    expect(JSON.stringify(receipt.value)).toContain('gaat naar de onderzoeker');

    const first = await c.cli('report', 'status', '--report', reportId);
    expect(first.out).toContain('Docent 1: agreed');
    expect(first.out).toContain('Docent 2: agreed');
    expect(first.out).toContain('Docent 3: commented');
    expect(first.out).toContain('comment on version 1');
    expect(first.out).toContain('De stages ontbreken nog.');
    expect(first.out).toContain(`sha256 ${sha256(V1)}`);
    expect(first.out).toContain('frozen: not yet');

    now = TUESDAY;
    const v2 = await c.cli(
      'report',
      'version',
      '--report',
      reportId,
      '--file',
      c.file('v2.md', V2),
    );
    expect(v2.code).toBe(0);
    await c.runDue();
    for (const user of c.people) {
      expect(c.reportCards(user)).toHaveLength(2);
      expect(JSON.stringify(c.reportCards(user)[1])).toContain('Versie 2');
    }
    // The first version takes no more answers.
    const stale = c.reportCards(anna)[0]!.actions!.find((a) => a.title === 'Akkoord')!;
    const late = await c.koers.post(
      activities.execute({ serviceUrl: c.koers.connector.url, user: anna }, stale.data),
    );
    expect(late.body).toContain('niet meer reageren');

    await c.press(anna, 'Akkoord');
    await c.press(cees, 'Akkoord');
    const last = await c.press(bram, 'Akkoord');
    expect(JSON.stringify(last.value)).toContain('nu definitief');

    const final = await c.cli('report', 'status', '--report', reportId);
    expect(final.out).toContain(
      `frozen: version 2, approved 2026-11-24 09:00 UTC, sha256 ${sha256(V2)}`,
    );
    expect(final.out).toContain('Docent 3: agreed');
    expect(final.out).toContain('De stages ontbreken nog.');
    expect(final.out).not.toContain('Docent 4');
    const again = await c.cli(
      'report',
      'version',
      '--report',
      reportId,
      '--file',
      c.file('v3.md', V2),
    );
    expect(again.code).toBe(1);
  });

  it('when the deadline nears, then the one reminder reaches only who has not answered, once', async () => {
    await send();
    const [anna, bram] = c.people;
    await c.press(anna, 'Akkoord');
    const reminders = (user: typeof anna) =>
      said(c.koers, `a:personal-${user.id}`).filter((t) => t.includes('Een herinnering')).length;

    now = WEDNESDAY;
    await c.runDue();
    expect(reminders(bram)).toBe(0);
    now = THURSDAY;
    await c.runDue();
    now = new Date(THURSDAY.getTime() + 60 * 60 * 1000);
    await c.runDue();

    expect(reminders(bram)).toBe(1);
    expect(reminders(anna)).toBe(0);
  });

  it('when a participant stops inside the bedenktijd, then their comment is deleted', async () => {
    const reportId = await send();
    const [, bram, cees] = c.people;
    await c.press(bram, 'Ik wil iets aanpassen', { comment: 'Mijn naam mag eruit.' });
    await c.press(cees, 'Ik wil iets aanpassen', { comment: 'Klopt bijna.' });

    now = TUESDAY;
    const shape = { serviceUrl: c.koers.connector.url, user: bram };
    await c.koers.post(activities.submit(shape, { verb: 'withdraw', studyId: c.seeded.studyId }));
    expect(said(c.koers, `a:personal-${bram.id}`).at(-1)).toContain(
      'Verwijderd: 1 reactie op een oogstverslag.',
    );

    const status = await c.cli('report', 'status', '--report', reportId);
    expect(status.out).toContain('Docent 2: not answered');
    expect(status.out).not.toContain('Mijn naam mag eruit.');
    expect(status.out).toContain('Klopt bijna.');
    const rows = await c.koers.database.db.selectFrom('report_answers').selectAll().execute();
    expect(rows).toHaveLength(1);
  });

  it('when the research export reads the reports, then it holds the versions and only answers past their bedenktijd, under pseudonyms', async () => {
    await send();
    const [, bram, cees] = c.people;
    await c.press(bram, 'Ik wil iets aanpassen', { comment: 'De stages ontbreken nog.' });
    now = THURSDAY;
    await c.press(cees, 'Ik wil iets aanpassen', { comment: 'Nog te vroeg voor de export.' });

    // Bram's bedenktijd ended with Monday 30 November; Cees's runs into December.
    const exported = await c.seeded.stores.researchReports.reportsForExport(
      c.seeded.studyId,
      new Date('2026-12-01T10:00:00+01:00'),
    );
    expect(exported).toHaveLength(1);
    const [report] = exported;
    expect(report?.versions).toEqual([
      expect.objectContaining({ number: 1, text: V1, sha256: sha256(V1), approved: false }),
    ]);
    expect(report?.answers).toEqual([
      expect.objectContaining({
        version: 1,
        author: expect.stringMatching(/^P-01-\d+$/) as unknown,
        roles: ['maatje'],
        organisation: 'ORG-01',
        verdict: 'change',
        comment: 'De stages ontbreken nog.',
      }),
    ]);
    const all = JSON.stringify(exported);
    for (const trace of ['Docent', 'aad-', '29:user', 'Nog te vroeg'])
      expect(all).not.toContain(trace);

    // Mijn gegevens shows Bram the report he was sent and his own comment, decrypted.
    const bramPerson = await c.seeded.stores.people.findByAadObjectId(
      bram.tenantId,
      bram.aadObjectId,
    );
    const mine = JSON.stringify(await c.seeded.stores.personalData.collect(bramPerson!.id, now));
    expect(mine).toContain('De stages ontbreken nog.');
    expect(mine).not.toContain('Nog te vroeg');

    // The research export itself carries them as documents: the version and the comment.
    now = new Date('2026-12-01T10:00:00+01:00');
    const out = c.file('onderzoek.csv', '').replace(/onderzoek\.csv$/, 'export.csv');
    const exportRun = await c.cli(
      'export',
      '--study',
      c.seeded.studyId,
      '--format',
      'csv',
      '--out',
      out,
    );
    expect(exportRun.code).toBe(0);
    const csv = readFileSync(out, 'utf8');
    expect(csv).toContain('ORG-01 oogstverslag 1 versie 1;');
    expect(csv).toContain('Het team wil dat loopbaanbegeleiding van iedereen is.');
    expect(csv).toMatch(/P-01-\d+ ORG-01 oogstverslag 1 versie 1 reactie;/);
    expect(csv).toContain('De stages ontbreken nog.');
    for (const trace of ['Het Baken', 'Docent', 'Nog te vroeg']) expect(csv).not.toContain(trace);
  });

  it('when the researcher opens the tab, then it lists the report with the same status, and ?report= shows its text only to who it was sent to', async () => {
    const reportId = await send();
    const [anna, , cees] = c.people;
    await c.press(cees, 'Ik wil iets aanpassen', { comment: 'De stages ontbreken nog.' });
    const researcher = teamsUser(20);
    await c.seeded.onRoster(researcher, 'onderzoeker');
    await c.koers.post(
      activities.installed({ serviceUrl: c.koers.connector.url, user: researcher }),
    );
    const tab = (user: typeof anna, path: string) =>
      fetch(`${c.koers.url}${path}`, {
        headers: { 'x-koers-dev-user': user.aadObjectId, 'x-koers-dev-tenant': user.tenantId },
      });

    const dashboard = (await (await tab(researcher, '/api/tab/me')).json()) as TabDashboard;
    expect(dashboard.reports).toEqual([
      expect.objectContaining({
        id: reportId,
        title: 'Startdialoog Het Baken',
        approved: null,
        people: [
          { name: 'Docent 1', status: 'open', comments: [] },
          { name: 'Docent 2', status: 'open', comments: [] },
          {
            name: 'Docent 3',
            status: 'change',
            comments: [{ version: 1, text: 'De stages ontbreken nog.' }],
          },
        ],
      }),
    ]);
    expect(dashboard.reports?.[0]?.versions[0]?.sha256).toBe(sha256(V1));
    const own = (await (await tab(anna, '/api/tab/me')).json()) as TabDashboard;
    expect(own.reports).toBeNull();

    const read = await tab(anna, `/api/tab/report?report=${reportId}`);
    expect(read.status).toBe(200);
    expect(await read.json()).toEqual({
      title: 'Startdialoog Het Baken',
      version: 1,
      sha256: sha256(V1),
      text: V1,
    });
    expect((await tab(researcher, `/api/tab/report?report=${reportId}`)).status).toBe(403);
    expect((await tab(teamsUser(4), `/api/tab/report?report=${reportId}`)).status).toBe(403);
  });
});

describe('koers report --help', () => {
  it('when asked for help, then it prints every subcommand and exits 0', async () => {
    const help = await runKoersCli(['report', '--help'], {});
    expect(help.code).toBe(0);
    for (const sub of ['send', 'status', 'version', 'close']) {
      expect(help.out).toContain(`koers report ${sub}`);
    }
  });
});
