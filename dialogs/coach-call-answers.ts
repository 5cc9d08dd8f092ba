import type { TurnContext } from 'botbuilder';
import type { AdaptiveCard } from '../cards/adaptive-card';
import { renderSilentWeeksCard, type CoachCalled } from '../cards/silent-weeks.card';
import { strings } from '../cards/strings';
import { allows, type Subject } from '../domain/access.rules';
import type { Participation } from './participation';

export interface CoachCallBook {
  subjectOf(memberId: string): Promise<(Subject & { name: string }) | undefined>;
  record(
    call: { coachPersonId: string; personId: string; week: string },
    at: Date,
  ): Promise<{ recorded: true } | { recorded: false; calledAt: Date }>;
}

/** The card turns into this receipt (Action.Execute); older clients get the text as a message. */
export type CoachCallReply = { card?: AdaptiveCard; text: string };

/** "ik heb gebeld" on the silent-weeks card: recorded once, only by a coach of that person. */
export class CoachCallAnswers {
  constructor(
    private readonly participation: Participation,
    private readonly calls: CoachCallBook,
  ) {}

  async answer(context: TurnContext, submit: CoachCalled): Promise<CoachCallReply> {
    const language = this.participation.language(context);
    const text = strings(language);
    const person = await this.participation.person(context);
    if (!person) return { text: text.join.personalOnly };
    const viewer = await this.participation.viewerOf(person.id);
    const subject = await this.calls.subjectOf(submit.memberId);
    // read-progress also lets people see their own progress; a call to oneself is no call.
    if (
      !subject ||
      subject.personId === person.id ||
      !allows(viewer, { action: 'read-progress', subject })
    ) {
      const coach = viewer.memberships.some((m) => m.roles.includes('teamcoach'));
      return { text: coach ? text.coachCall.notYourCaseload : text.refusal(text.roles.teamcoach) };
    }
    const at = this.participation.now();
    const call = { coachPersonId: person.id, personId: subject.personId, week: submit.week };
    const result = await this.calls.record(call, at);
    const timeZone =
      person.timeZone ?? (await this.participation.timeZoneOf(subject.organisationId));
    const calledAt = result.recorded ? at : result.calledAt;
    const on = this.participation.formatDate(calledAt, language, timeZone);
    const called = { on, before: !result.recorded };
    return {
      card: renderSilentWeeksCard({
        language,
        name: subject.name,
        memberId: submit.memberId,
        week: submit.week,
        called,
      }),
      text: called.before ? text.coachCall.alreadyNoted(on) : text.coachCall.noted(on),
    };
  }
}
