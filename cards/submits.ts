import { z } from 'zod';
import { checkInCancelSchema } from './check-in-agenda.card';
import { checkInAgreementSchema } from './check-in-agreement.card';
import { checkInAcceptSchema, checkInProposeSchema } from './check-in-invitation.card';
import { checkInPlanSchema } from './check-in-plan.card';
import { checkInConfirmSchema } from './check-in-proposal.card';
import { commitmentChoiceSchema } from './commitment-choice.card';
import { consentStatusSubmitSchema } from './consent-status.card';
import { consentSubmitSchema } from './consent.card';
import { momentSubmitSchema } from './moment.card';
import { logboekEditSchema, logboekReceiptSchema } from './logboek-receipt.card';
import { logboekOpenSchema } from './logboek-reminder.card';
import {
  logboekKeepBothSchema,
  logboekLaterSchema,
  logboekSkipSchema,
  logboekSubmitSchema,
} from './logboek.card';
import { myLogboekWeekSchema } from './my-logboek.card';
import { noteDiscardSubmitSchema, noteSaveSubmitSchema } from './note-offer.card';
import { noteUndoSchema } from './note-receipt.card';
import { nudgeSendSchema } from './nudge.card';
import { pollAnswerSchema, pollViewSchema } from './poll-answer';
import { pollOwnerSchema } from './poll-results.card';
import { pollSetupSchema } from './poll-setup.card';
import { reportAgreeSchema, reportChangeSchema, reportOpenSchema } from './report.card';
import { nudgeAskSchema } from './progress.card';
import { recordingConsentSchema, recordingWithdrawSchema } from './recording-consent.card';
import { coachCalledSchema } from './silent-weeks.card';
import { welcomeSubmitSchema } from './welcome.card';
import { withdrawSubmitSchema } from './withdraw.card';

// Parse `activity.value` of every card submit once, then route on `verb`.
export const cardSubmitSchema = z.discriminatedUnion('verb', [
  welcomeSubmitSchema,
  consentSubmitSchema,
  consentStatusSubmitSchema,
  withdrawSubmitSchema,
  noteSaveSubmitSchema,
  noteDiscardSubmitSchema,
  noteUndoSchema,
  logboekSubmitSchema,
  logboekLaterSchema,
  logboekSkipSchema,
  logboekEditSchema,
  logboekOpenSchema,
  logboekKeepBothSchema,
  logboekReceiptSchema,
  momentSubmitSchema,
  myLogboekWeekSchema,
  commitmentChoiceSchema,
  coachCalledSchema,
  nudgeAskSchema,
  nudgeSendSchema,
  checkInPlanSchema,
  checkInAcceptSchema,
  checkInProposeSchema,
  checkInConfirmSchema,
  checkInAgreementSchema,
  checkInCancelSchema,
  recordingConsentSchema,
  recordingWithdrawSchema,
  pollSetupSchema,
  pollOwnerSchema,
  pollAnswerSchema,
  pollViewSchema,
  reportAgreeSchema,
  reportChangeSchema,
  reportOpenSchema,
]);
export type CardSubmit = z.infer<typeof cardSubmitSchema>;
export type SubmitVerb = CardSubmit['verb'];
