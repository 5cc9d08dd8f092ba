import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { button, said } from '../support/cards-sent';
import { startKoers, type KoersUnderTest } from '../support/koers-app';
import { seedStudy } from '../support/study';
import { activities, teamsUser } from '../support/teams-activities';
import { databaseKinds } from '../support/test-database';

const NOTE = 'we hebben een eerste visie op papier, klein maar echt';

/** Stands in for the OneDrive upload URL Teams hands out after the person accepts. */
async function startUploadTarget() {
  const uploads: { body: string; range: string | undefined }[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      uploads.push({
        body: Buffer.concat(chunks).toString('utf8'),
        range: req.headers['content-range'],
      });
      res.statusCode = 201;
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/upload`;
  return { url, uploads, close: () => new Promise((resolve) => server.close(resolve)) };
}

describe.each(databaseKinds)('mijn gegevens (%s)', (kind) => {
  let koers: KoersUnderTest;
  let target: Awaited<ReturnType<typeof startUploadTarget>>;
  const user = teamsUser(1);
  const chat = `a:personal-${user.id}`;
  let shape: { serviceUrl: string; user: typeof user };
  const fileConsent = (value: unknown) => ({
    ...activities.submit(shape, value),
    type: 'invoke',
    name: 'fileConsent/invoke',
  });

  beforeEach(async () => {
    koers = await startKoers(kind);
    target = await startUploadTarget();
    shape = { serviceUrl: koers.connector.url, user };
    const seeded = await seedStudy(koers.database);
    await seeded.onRoster(user, 'aanjager');
    await koers.post(activities.installed(shape));
    await koers.post(activities.submit(shape, button(koers, chat, 'Ik doe mee')));
    await koers.post(activities.message(shape, `logboek ${NOTE}`));
  });
  afterEach(async () => {
    await koers.stop();
    await target.close();
  });

  it('when someone asks for their data and accepts the file, then it holds everything Koers keeps about them', async () => {
    await koers.post(activities.message(shape, 'mijn gegevens'));
    const offer = koers.connector.activitiesIn(chat).at(-1)?.activity.attachments?.[0];
    expect(offer?.contentType).toBe('application/vnd.microsoft.teams.card.file.consent');

    const response = await koers.post(
      fileConsent({
        action: 'accept',
        context: { purpose: 'personal-data' },
        uploadInfo: {
          name: 'koers-mijn-gegevens.json',
          uploadUrl: target.url,
          contentUrl: 'https://onedrive.example/koers-mijn-gegevens.json',
          uniqueId: 'file-1',
          fileType: 'json',
        },
      }),
    );

    expect(response.status).toBe(200);
    expect(target.uploads).toHaveLength(1);
    const file = JSON.parse(target.uploads[0]?.body ?? '{}') as Record<string, unknown>;
    expect(file).toMatchObject({
      person: { name: 'Docent 1', aad_object_id: 'aad-1' },
      memberships: [{ organisation: 'Het Baken' }],
      roles: [{ role: 'aanjager' }],
      consent: [{ study: 'LOB van iedereen', choice: 'given', text_version: 1 }],
      contributions: [{ kind: 'logboek-note', text: NOTE }],
    });
    expect(target.uploads[0]?.range).toMatch(/^bytes 0-\d+\/\d+$/);
    expect(said(koers, chat).at(-1)).toContain('alles wat ik van je bewaar');
    const audit = await koers.database.db.selectFrom('audit_log').select('action').execute();
    expect(audit.map((a) => a.action)).toContain('personal-data.sent');
  });

  it('when the person declines the file, then nothing is uploaded and they hear so', async () => {
    await koers.post(activities.message(shape, 'mijn gegevens'));
    await koers.post(fileConsent({ action: 'decline', context: { purpose: 'personal-data' } }));
    expect(target.uploads).toHaveLength(0);
    expect(said(koers, chat).at(-1)).toContain('ik stuur het niet');
  });

  it('when the file consent payload is malformed, then a friendly answer comes and nothing is uploaded', async () => {
    const response = await koers.post(
      fileConsent({ action: 'accept', uploadInfo: { uploadUrl: 42 } }),
    );
    expect(response.status).toBe(200);
    expect(target.uploads).toHaveLength(0);
    expect(said(koers, chat).at(-1)).toContain('nog een keer proberen');
  });
});
