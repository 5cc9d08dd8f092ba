import type { Role } from '../../domain/roles';
import { OutboxStore } from '../../infra/delivery/outbox.store';
import { button, said } from '../support/cards-sent';
import { startKoers, type KoersUnderTest } from '../support/koers-app';
import { seedStudy, type SeededStudy } from '../support/study';
import { tablesContaining } from '../support/table-scan';
import { activities, teamsUser } from '../support/teams-activities';
import { databaseKinds } from '../support/test-database';

const OLD_NOTE = 'oude notitie: het team wil meer over netwerken weten';
const NEW_NOTE = 'nieuwe notitie: gesprek met de decaan over stages';
const MONDAY = new Date('2026-11-23T09:00:00+01:00');
const NEXT_THURSDAY = new Date('2026-12-03T10:00:00+01:00');

describe.each(databaseKinds)('withdrawal (%s)', (kind) => {
  let koers: KoersUnderTest;
  let seeded: SeededStudy;
  let now: Date;
  const aanjager = teamsUser(1);
  const chat = `a:personal-${aanjager.id}`;
  let shape: { serviceUrl: string; user: typeof aanjager };
  const stored = () => koers.database.db.selectFrom('contributions').selectAll().execute();

  async function joinAndConsent(erasure: 'window' | 'full' = 'window', role: Role = 'aanjager') {
    seeded = await seedStudy(koers.database, { erasure });
    await seeded.onRoster(aanjager, role);
    await koers.post(activities.installed(shape));
    await koers.post(activities.submit(shape, button(koers, chat, 'Ik doe mee')));
  }

  async function withdraw(): Promise<string> {
    await koers.post(activities.message(shape, 'toestemming'));
    await koers.post(activities.submit(shape, button(koers, chat, 'Ik wil stoppen')));
    const explanation = said(koers, chat).at(-1) ?? '';
    await koers.post(activities.submit(shape, button(koers, chat, 'Ja, ik stop')));
    return explanation;
  }

  beforeEach(async () => {
    now = MONDAY;
    koers = await startKoers(kind, { clock: () => now });
    shape = { serviceUrl: koers.connector.url, user: aanjager };
  });
  afterEach(() => koers.stop());

  it('when someone stops inside the window, then no table holds a trace of what they sent', async () => {
    await joinAndConsent();
    await koers.post(activities.message(shape, `logboek ${NEW_NOTE}`));
    const [row] = await stored();
    if (!row) throw new Error('the note was not stored');
    const attached = await seeded.stores.contributions.attach(
      row.id,
      {
        fileName: 'opname-week-48.m4a',
        contentType: 'audio/mp4',
        bytes: Buffer.from('AUDIO-BYTES-48'),
      },
      now,
    );
    expect(attached.stored).toBe(true);
    const attachment = await koers.database.db
      .selectFrom('attachments')
      .selectAll()
      .executeTakeFirstOrThrow();
    await new OutboxStore(koers.database.db, koers.database.kind).enqueue(
      [
        {
          dedupeKey: `${row.person_id}:receipt:${row.id}`,
          purpose: 'receipt',
          target: { personId: row.person_id },
          activity: { type: 'message', text: NEW_NOTE },
          notBefore: now,
        },
      ],
      now,
    );
    const traces = [
      NEW_NOTE,
      'opname-week-48',
      row.id,
      row.content,
      attachment.id,
      attachment.content,
      attachment.file_name,
    ];

    const explanation = await withdraw();

    expect(explanation).toContain(
      '1 bijdrage is nog binnen de bedenktijd: die verwijder ik helemaal.',
    );
    expect(said(koers, chat).at(-1)).toBe(
      'Je bent gestopt. Verwijderd: je notitie van 23 november 2026 en 1 bestand. ' +
        'Wat ook blijft: je naam en wanneer je ja zei en stopte, zodat te zien is waarmee je instemde, ' +
        'en een regel in het auditlog dat je stopte, zonder iets van wat je schreef. ' +
        'Bedankt voor wat je deelde.',
    );
    expect(await tablesContaining(koers.database, traces)).toEqual([]);
  });

  it("when someone stops, then no bot state of theirs is left, neither theirs nor their chat's", async () => {
    await joinAndConsent('window', 'docent');
    const stateOf = async () => {
      const rows = await koers.database.db
        .selectFrom('bot_state')
        .select('key')
        .where((eb) =>
          eb.or([eb('key', 'like', `%${aanjager.id}%`), eb('key', 'like', `%${chat}%`)]),
        )
        .execute();
      return rows.map((row) => row.key).sort();
    };
    await koers.post(activities.message(shape, 'toestemming'));
    await koers.post(activities.submit(shape, button(koers, chat, 'Ik wil stoppen')));
    // a message Koers does not understand is counted in user state; the stop turn resets it
    await koers.post(activities.message(shape, 'hmm, weet ik het zeker?'));
    expect(await stateOf()).toEqual([
      `msteams/conversations/${chat}/`,
      `msteams/users/${aanjager.id}/`,
    ]);

    await koers.post(activities.submit(shape, button(koers, chat, 'Ja, ik stop')));

    expect(await stateOf()).toEqual([]);
  });

  it('when someone stops after the window, then older contributions stay and new ones are refused', async () => {
    await joinAndConsent();
    await koers.post(activities.message(shape, `logboek ${OLD_NOTE}`));
    now = NEXT_THURSDAY;
    await koers.post(activities.message(shape, `logboek ${NEW_NOTE}`));

    const explanation = await withdraw();

    expect(explanation).toContain('1 oudere bijdrage blijft in het onderzoek');
    expect(said(koers, chat).at(-1)).toContain(
      'Verwijderd: je notitie van 3 december 2026. ' +
        'Onder een pseudoniem blijft in het onderzoek, omdat de bedenktijd voorbij was: ' +
        'je notitie van 23 november 2026.',
    );
    const left = await seeded.stores.contributions.listByPerson(
      (await stored())[0]?.person_id ?? '',
    );
    expect(left.map((c) => c.text)).toEqual([OLD_NOTE]);
    const voiceNote = { fileName: 'later.m4a', contentType: 'audio/mp4', bytes: Buffer.from('x') };
    const late = await seeded.stores.contributions.attach(left[0]?.id ?? '', voiceNote, now);
    expect(late).toMatchObject({ stored: false, reason: 'no-consent' });
    await koers.post(activities.message(shape, 'logboek nog iets na het stoppen'));
    expect(said(koers, chat).at(-1)).toContain('Meedoen aan LOB van iedereen?');
    expect(await stored()).toHaveLength(1);
    const audit = await koers.database.db.selectFrom('audit_log').select('action').execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['role.granted', 'consent.given', 'consent.withdrawn']),
    );
  });

  it('when the study is configured for full erasure, then stopping deletes everything', async () => {
    await joinAndConsent('full');
    await koers.post(activities.message(shape, `logboek ${OLD_NOTE}`));
    now = NEXT_THURSDAY;

    const explanation = await withdraw();

    expect(explanation).toContain('Je ene bijdrage verwijder ik helemaal.');
    expect(await stored()).toHaveLength(0);
  });
});
