import type { InterviewStrings } from './strings.interview';

export const interviewEn: InterviewStrings = {
  appointment: {
    inviteTitle: (host) => `${host} invites you to a final interview`,
    movedTitle: (host) => `Your final interview with ${host} has moved`,
    remindDayBefore: (who, time, how) =>
      `Tomorrow at ${time}: your final interview with ${who} (${how}).`,
    remindSoon: (who, time, how) =>
      `Shortly, at ${time}: your final interview with ${who} (${how}).`,
    cancelNotice: (host, when) => `${host} calls off the final interview of ${when}.`,
    summary: (names) => `Final interview with ${names}`,
  },
  intro:
    'Looking back on the project together: what changed, what helped and what got in the way. What you say enters the study only under a pseudonym.',
  recordingTitle: 'May the final interview be recorded?',
  recordingAsk: (host, when) =>
    `${host} would like to record the conversation of ${when}, sound only, to write it out accurately afterwards.`,
  recordingWho:
    'Only the research team listens to the recording. What you say enters the study only under a pseudonym and never reaches anyone else, inside or outside your school.',
  recordingNo:
    'Saying no is always fine and has no consequences: the interview simply goes ahead, unrecorded.',
  recordingLater:
    'You can take back your yes at any time, also after the conversation; the recording is then destroyed.',
  contactLabel: 'Questions or complaints',
  versionLabel: 'Version of this text',
  yes: 'Yes, it may be recorded',
  no: 'Rather not recorded',
  given: (when) =>
    `Thank you. You agreed to the final interview of ${when} being recorded. You can take it back at any time, below.`,
  withdraw: 'Take back my consent',
  refused: 'Clear: no recording. The interview goes ahead as planned.',
  withdrawn: (host) =>
    `Taken back. Nothing is recorded, and a recording already made is destroyed. I am letting ${host} know.`,
  nothingToWithdraw: 'You had not agreed to a recording, so there is nothing to take back.',
  changed: 'The text about recording has been updated meanwhile. Would you read the new one?',
  gone: 'This final interview no longer takes place, so there is nothing to record.',
  hostWithdrawn: (name, when) =>
    `${name} takes back their consent to recording the final interview of ${when}. Do not record it, or destroy the recording.`,
};
