import { cardMessage } from '../cards/attachment';
import { renderSilentWeeksCard } from '../cards/silent-weeks.card';
import { pickLanguage } from '../domain/language';
import type { OutboxDraft } from '../domain/messages';
import type { LogboekKeeper, LogboekStore } from '../infra/storage/logboek.store';

/**
 * After three silent weeks Koers stops prompting and tells the teamcoach instead (domain.md: a
 * personal call beats another automatic message). One message per coach for that stop.
 */
export class SilentWeeksNotice {
  constructor(private readonly deps: { logboek: LogboekStore; defaultLocale: string }) {}

  async drafts(keeper: LogboekKeeper, week: string, at: Date): Promise<OutboxDraft[]> {
    const coaches = await this.deps.logboek.coachesOf(keeper.memberId);
    return coaches.map((coach) => {
      const language = pickLanguage(coach.locale, this.deps.defaultLocale);
      const card = renderSilentWeeksCard({
        language,
        name: keeper.name,
        memberId: keeper.memberId,
        week,
      });
      return {
        dedupeKey: `${coach.personId}:silent-weeks:${keeper.personId}:${week}`,
        purpose: 'silent-weeks',
        target: { personId: coach.personId },
        activity: cardMessage(card),
        notBefore: at,
      };
    });
  }
}
