import { strings } from '../../cards/strings';
import { button, said } from '../support/cards-sent';
import { startKoers, type KoersUnderTest } from '../support/koers-app';
import { seedStudy, type SeededStudy } from '../support/study';
import { activities, teamsUser } from '../support/teams-activities';
import { databaseKinds } from '../support/test-database';

const nl = strings('nl');
const en = strings('en');
// Tuesday 1 December 2026, week 49.
const TUESDAY = new Date('2026-12-01T10:00:00+01:00');
const DAY = 86_400_000;

describe.each(databaseKinds)('logboek commands stay commands (%s)', (kind) => {
  let koers: KoersUnderTest;
  let seeded: SeededStudy;
  let now: Date;
  const aanjager = teamsUser(1);
  const chat = `a:personal-${aanjager.id}`;
  const shape = (locale = 'nl-NL') => ({ serviceUrl: koers.connector.url, user: aanjager, locale });
  const say = (text: string, locale?: string) =>
    koers.post(activities.message(shape(locale), text));
  const stored = () => koers.database.db.selectFrom('contributions').selectAll().execute();
  const weeks = () =>
    koers.database.db.selectFrom('logboek_weeks').select(['week', 'status']).execute();

  beforeEach(async () => {
    now = TUESDAY;
    koers = await startKoers(kind, { clock: () => now });
    seeded = await seedStudy(koers.database);
    await seeded.onRoster(aanjager, 'aanjager');
    await koers.post(activities.installed(shape()));
    await koers.post(activities.submit(shape(), button(koers, chat, 'ik doe mee')));
  });
  afterEach(() => koers.stop());

  it('when someone types logboek bekijken, invullen, week 48 or van Anouk, then each does that and nothing is stored', async () => {
    await say('logboek bekijken');
    expect(said(koers, chat).at(-1)).toContain(nl.myLogboek.title);
    await say('Logboek week 48');
    expect(said(koers, chat).at(-1)).toBe(nl.myLogboek.nothingInWeek(48));
    await say('logboek van Anouk');
    expect(said(koers, chat).at(-1)).toBe(nl.logboekFlow.onlyOwn);
    await say('logboek invullen');
    expect(said(koers, chat).at(-1)).toContain(nl.logboek.title(49));
    await say('logbook view', 'en-GB');
    expect(said(koers, chat).at(-1)).toContain(en.myLogboek.title);
    expect(await stored()).toEqual([]);
    expect((await weeks()).filter((week) => week.status === 'written')).toEqual([]);
  });

  it('when a note is kept and then undone from its receipt, then it is gone and the week is open again', async () => {
    await say('logboek ik sprak de decaan over de visie');
    expect(said(koers, chat).at(-1)).toMatch(/^Bewaard bij week 49\./);
    expect(await weeks()).toEqual([{ week: '2026-W49', status: 'written' }]);

    await koers.post(activities.submit(shape(), button(koers, chat, nl.logboekFlow.undo)));
    expect(said(koers, chat).at(-1)).toBe(nl.logboekFlow.undone);
    expect(await stored()).toEqual([]);
    expect(await weeks()).toEqual([]);
  });

  it('when a note is removed from mijn logboek inside its bedenktijd, then it is gone; after it, it stays', async () => {
    await say('logboek eerste notitie');
    await say('mijn logboek');
    await koers.post(activities.submit(shape(), button(koers, chat, nl.myLogboek.view)));
    expect(said(koers, chat).at(-1)).toContain('eerste notitie');
    const remove = button(koers, chat, nl.logboekFlow.removeNote);

    now = new Date(TUESDAY.getTime() + 30 * DAY);
    await koers.post(activities.submit(shape(), remove));
    expect(said(koers, chat).at(-1)).toBe(nl.logboekFlow.undoClosed);
    expect(await stored()).toHaveLength(1);

    now = new Date(TUESDAY.getTime() + DAY);
    await koers.post(activities.submit(shape(), remove));
    expect(said(koers, chat).at(-1)).toBe(nl.logboekFlow.undone);
    expect(await stored()).toEqual([]);
  });

  it('when a voice note recorded in Teams comes in, then Koers explains how to send it and stores nothing', async () => {
    const voiceNote = {
      ...activities.message(shape(), ''),
      text: undefined,
      attachments: [
        {
          contentType: 'text/html',
          content:
            '<div><span itemid="bfb1" itemscope="" itemtype="http://schema.skype.com/InputExtension"></span></div>',
        },
      ],
    };
    await koers.post(voiceNote);
    expect(said(koers, chat).at(-1)).toBe(nl.logboekFlow.recordedInTeams);
    expect(await stored()).toEqual([]);
  });
});
