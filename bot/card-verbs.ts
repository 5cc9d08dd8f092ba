import type { TurnContext } from 'botbuilder';
import type { AdaptiveCard } from '../cards/adaptive-card';
import { logboekSubmitSchema } from '../cards/logboek.card';
import { pollActionSchema } from '../cards/poll-answer';
import { reportActionSchema } from '../cards/report.card';
import { coachCalledSchema } from '../cards/silent-weeks.card';
import type { SubmitVerb } from '../cards/submits';
import { CHECK_IN_AGENDA_DIALOG } from '../dialogs/check-in-agenda.dialog';
import { CHECK_IN_AGREEMENT_DIALOG } from '../dialogs/check-in-agreement.dialog';
import { CHECK_IN_ANSWER_DIALOG } from '../dialogs/check-in-answer.dialog';
import { CHECK_IN_PLAN_DIALOG } from '../dialogs/check-in-plan.dialog';
import type { CoachCallAnswers } from '../dialogs/coach-call-answers';
import { COMMITMENT_DIALOGS } from '../dialogs/commitment.dialog';
import { CONSENT_DIALOG } from '../dialogs/consent.dialog';
import { HELP_DIALOG } from '../dialogs/help.dialog';
import { INTERVIEW_RECORDING_DIALOG } from '../dialogs/interview-recording.dialog';
import { logboekActionSchema, type LogboekAnswers } from '../dialogs/logboek-answers';
import type { LogboekSave } from '../dialogs/logboek-save';
import { MOMENT_DIALOG } from '../dialogs/moment.dialog';
import { MY_LOGBOEK_DIALOG } from '../dialogs/my-logboek.dialog';
import { NOTE_DIALOG } from '../dialogs/note.dialog';
import { NUDGE_DIALOG } from '../dialogs/nudge.dialog';
import type { PollAnswers } from '../dialogs/poll-answers';
import { POLL_RESULTS_DIALOG } from '../dialogs/poll-results.dialog';
import { POLL_DIALOG } from '../dialogs/poll.dialog';
import type { ReportAnswers } from '../dialogs/report-answers';
import { WITHDRAW_DIALOG } from '../dialogs/withdraw.dialog';

export type CardReply = { card: AdaptiveCard } | { text: string };

/**
 * A button answered in place: by Action.Execute the reply replaces the pressed card; by the
 * Action.Submit fallback it comes as a new message. `placed`: the reply now sits in that message.
 */
export interface InPlace {
  /** `value`: what Teams sent, parsed by the answer's own schema. */
  answer(context: TurnContext, value: unknown): Promise<CardReply>;
  /** By Action.Submit, when the new message should differ from what replaces the card. */
  submitted?(context: TurnContext, value: unknown): Promise<CardReply>;
  placed?(context: TurnContext, reply: CardReply, activityId: string | undefined): Promise<void>;
}

/** Every card verb and what answers it, whichever way the button came: its dialog, or in place. */
export type CardVerbs = Record<SubmitVerb, { dialog: string } | InPlace>;

export function cardVerbs(answers: {
  logboek: LogboekAnswers;
  logboekSave: Pick<LogboekSave, 'answer'>;
  polls: Pick<PollAnswers, 'answer'>;
  coachCalls: Pick<CoachCallAnswers, 'answer'>;
  reports: Pick<ReportAnswers, 'answer'>;
}): CardVerbs {
  const logboek: InPlace = {
    answer: (context, value) => answers.logboek.answer(context, logboekActionSchema.parse(value)),
    placed: (context, reply, activityId) => answers.logboek.view.placed(context, reply, activityId),
  };
  // The save goes straight to its use case: one transaction, no dialog, no bot state.
  const logboekSave: InPlace = {
    answer: (context, value) =>
      answers.logboekSave.answer(context, logboekSubmitSchema.parse(value)),
  };
  const poll: InPlace = {
    answer: (context, value) => answers.polls.answer(context, pollActionSchema.parse(value)),
  };
  const report: InPlace = {
    answer: (context, value) => answers.reports.answer(context, reportActionSchema.parse(value)),
  };
  const coachCall = (context: TurnContext, value: unknown) =>
    answers.coachCalls.answer(context, coachCalledSchema.parse(value));
  const coachCalled: InPlace = {
    async answer(context, value) {
      const reply = await coachCall(context, value);
      return reply.card ? { card: reply.card } : { text: reply.text };
    },
    // A receipt card as a new message would read as a second card: the words say it.
    submitted: async (context, value) => ({ text: (await coachCall(context, value)).text }),
  };
  const dialog = (id: string) => ({ dialog: id });
  return {
    help: dialog(HELP_DIALOG),
    consent: dialog(CONSENT_DIALOG),
    'consent-show': dialog(CONSENT_DIALOG),
    'withdraw-ask': dialog(WITHDRAW_DIALOG),
    withdraw: dialog(WITHDRAW_DIALOG),
    'withdraw-cancel': dialog(WITHDRAW_DIALOG),
    'note-save': dialog(NOTE_DIALOG),
    'note-discard': dialog(NOTE_DIALOG),
    'note-undo': dialog(NOTE_DIALOG),
    'logboek-save': logboekSave,
    'logboek-later': logboek,
    'logboek-skip': logboek,
    'logboek-edit': logboek,
    'logboek-open': logboek,
    'logboek-keep-both': logboek,
    'logboek-receipt': logboek,
    'moment-save': dialog(MOMENT_DIALOG),
    'my-logboek-week': dialog(MY_LOGBOEK_DIALOG),
    'check-in-plan': dialog(CHECK_IN_PLAN_DIALOG),
    'check-in-accept': dialog(CHECK_IN_ANSWER_DIALOG),
    'check-in-propose': dialog(CHECK_IN_ANSWER_DIALOG),
    'check-in-confirm': dialog(CHECK_IN_ANSWER_DIALOG),
    'check-in-agreements': dialog(CHECK_IN_AGREEMENT_DIALOG),
    'check-in-cancel': dialog(CHECK_IN_AGENDA_DIALOG),
    'interview-recording': dialog(INTERVIEW_RECORDING_DIALOG),
    'interview-recording-withdraw': dialog(INTERVIEW_RECORDING_DIALOG),
    'commitment-org': dialog(COMMITMENT_DIALOGS.hours),
    'coach-called': coachCalled,
    'nudge-ask': dialog(NUDGE_DIALOG),
    'nudge-send': dialog(NUDGE_DIALOG),
    'poll-preview': dialog(POLL_DIALOG),
    'poll-send': dialog(POLL_DIALOG),
    'poll-results': dialog(POLL_RESULTS_DIALOG),
    'poll-close': dialog(POLL_RESULTS_DIALOG),
    'poll-answer': poll,
    'poll-view': poll,
    'poll-change': poll,
    'report-agree': report,
    'report-change': report,
    'report-open': report,
  };
}
