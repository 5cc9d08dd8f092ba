import { strings } from '../../cards/strings';
import { button, lastCard, said, type SentCard } from '../support/cards-sent';
import { startKoers, type KoersUnderTest } from '../support/koers-app';
import { runKoersCli } from '../support/run-cli';
import { seedStudy, type SeededStudy } from '../support/study';
import { activities, teamsUser } from '../support/teams-activities';
import { databaseKinds } from '../support/test-database';

const nl = strings('nl');
// Saturday 28 November 2026, the day after the default Friday 15:00 moment of week 48.
const SATURDAY = new Date('2026-11-28T10:00:00+01:00');
const minutes = (n: number) => new Date(SATURDAY.getTime() + n * 60_000);

describe.each(databaseKinds)(
  'one logboek card a week, and no save over one unseen (%s)',
  (kind) => {
    let koers: KoersUnderTest;
    let seeded: SeededStudy;
    let now: Date;
    const aanjager = teamsUser(1);
    const chat = `a:personal-${aanjager.id}`;
    const shape = () => ({ serviceUrl: koers.connector.url, user: aanjager });
    const at = (when: Date) => {
      now = when;
    };
    const logboekCards = () =>
      koers.connector
        .activitiesIn(chat)
        .filter(({ kind: sent, activity }) => sent !== 'update' && /week 48/i.test(text(activity)));
    const text = (activity: { attachments?: { content?: unknown }[] }) =>
      JSON.stringify(activity.attachments ?? []);
    const entry = async () => {
      const person = await seeded.stores.people.findByAadObjectId(
        aanjager.tenantId,
        aanjager.aadObjectId,
      );
      return seeded.stores.contributions.findWeekly(person?.id ?? '', 'logboek-entry', '2026-W48');
    };
    const saveButtonOf = (activity?: { attachments?: { content?: unknown }[] }) => {
      const card = activity?.attachments?.[0]?.content as SentCard;
      const save = (card.actions ?? []).find((a) => a.title === nl.logboek.save);
      if (!save) throw new Error('No save button on that card.');
      return save.data;
    };
    const saveFrom = (data: Record<string, unknown>, answers: Record<string, string>) =>
      koers.post(activities.submit(shape(), { ...data, ...answers }));

    beforeEach(async () => {
      now = SATURDAY;
      koers = await startKoers(kind, { clock: () => now });
      seeded = await seedStudy(koers.database);
      await seeded.onRoster(aanjager, 'aanjager');
      await koers.post(activities.installed(shape()));
      await koers.post(activities.submit(shape(), button(koers, chat, 'ik doe mee')));
    });
    afterEach(() => koers.stop());

    it('when someone joins after their moment and types logboek, then the scheduler sends no second card', async () => {
      at(minutes(1));
      await koers.post(activities.message(shape(), 'logboek'));
      expect(logboekCards()).toHaveLength(1);
      await runKoersCli(['jobs', 'run-due', '--at', minutes(2).toISOString()], {
        ...koers.database.env,
        LOG_LEVEL: 'silent',
      });
      expect(logboekCards()).toHaveLength(1);
    });

    it('when a second card for the week is opened, then the first one points to it', async () => {
      at(minutes(1));
      await koers.post(activities.message(shape(), 'logboek'));
      await koers.post(activities.message(shape(), 'logboek invullen'));
      const updates = koers.connector.activitiesIn(chat).filter((sent) => sent.kind === 'update');
      expect(updates).toHaveLength(1);
      expect(text(updates[0]?.activity ?? {})).toContain(nl.logboekFlow.moved);
      expect(await entry()).toBeUndefined();
    });

    it('when an older card is saved after a newer one, then nothing is overwritten and the person chooses', async () => {
      at(minutes(1));
      await koers.post(activities.message(shape(), 'logboek'));
      const first = button(koers, chat, nl.logboek.save);
      await koers.post(activities.message(shape(), 'logboek'));
      // The first card now reads "staat hieronder"; its buttons were already in the person's hands.
      expect(said(koers, chat).at(-1)).toContain(nl.logboekFlow.moved);
      const second = saveButtonOf(logboekCards().at(-1)?.activity);

      at(minutes(5));
      await saveFrom(second, { q1: 'Twee mentoren gesproken', q2: 'Meer rust', goals: '1,3' });
      expect(said(koers, chat).at(-1)).toContain(nl.logboek.saved(48));
      at(minutes(7));
      await saveFrom(first, { q1: 'Eén regel' });
      expect(said(koers, chat).at(-1)).toContain(nl.logboekFlow.staleTitle(48));
      const kept = await entry();
      expect(JSON.parse(kept?.text ?? '{}')).toEqual({
        q1: 'Twee mentoren gesproken',
        q2: 'Meer rust',
      });
      expect(kept?.tags).toEqual([1, 3]);

      await koers.post(activities.execute(shape(), button(koers, chat, nl.logboekFlow.keepBoth)));
      const contributions = await seeded.stores.contributions.listByPerson(kept?.personId ?? '');
      expect(contributions.map((c) => c.kind).sort()).toEqual(['logboek-entry', 'logboek-note']);
      expect(contributions.find((c) => c.kind === 'logboek-note')?.text).toContain('Eén regel');
      expect(JSON.parse((await entry())?.text ?? '{}')).toHaveProperty('q2', 'Meer rust');
    });

    it('when the person chooses to replace, then the newer text is stored in place of the old', async () => {
      at(minutes(1));
      await koers.post(activities.message(shape(), 'logboek'));
      const card = button(koers, chat, nl.logboek.save);
      await saveFrom(card, { q1: 'Eerste versie', goals: '2' });
      at(minutes(3));
      await saveFrom(card, { q1: 'Tweede versie' });
      const replace = button(koers, chat, nl.logboekFlow.replace);
      await koers.post(activities.execute(shape(), replace));
      const stored = await entry();
      expect(JSON.parse(stored?.text ?? '{}')).toEqual({ q1: 'Tweede versie' });
      expect(stored?.revision).toBe(2);
      // A second press of the same "vervangen" is stale in its turn: it asks again.
      await koers.post(activities.execute(shape(), replace));
      expect((await entry())?.revision).toBe(2);
    });

    it('when the week is saved, then its receipt shows what is stored now', async () => {
      at(minutes(1));
      await koers.post(activities.message(shape(), 'logboek'));
      await saveFrom(button(koers, chat, nl.logboek.save), { q1: 'Iets', goals: '1,3' });
      const receipt = lastCard(koers, chat) as { refresh?: { action?: { data?: unknown } } };
      expect(receipt.refresh?.action?.data).toMatchObject({ verb: 'logboek-receipt' });
      expect(said(koers, chat).at(-1)).toContain(
        nl.logboek.tagged(`${nl.logboek.goalTags[1]} · ${nl.logboek.goalTags[3]}`),
      );
    });
  },
);
