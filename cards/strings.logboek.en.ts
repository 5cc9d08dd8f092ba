import type { LogboekFlowStrings } from './strings.logboek';

export const logboekFlowEn: LogboekFlowStrings = {
  moreQuestions: 'More questions',
  movedTitle: (week) => `Your logbook for week ${week} is below`,
  moved: 'You got a newer card for this week; it is below this message.',
  staleTitle: (week) => `Week ${week} was saved in the meantime`,
  stale:
    'There is already a version, saved from another card. Nothing has changed yet: what would you like to do with your new text?',
  showStored: 'See what is there',
  storedHeading: 'What is there',
  newHeading: 'Your new text',
  keepBoth: 'Keep both',
  replace: 'Replace',
  keptAsNote: (week) =>
    `Both kept: your new text is a note with week ${week}, next to what was there.`,
  consentFirst: 'One thing first: your consent is not on. Your text comes along on the card below.',
  alreadyWritten: (week) =>
    `You already wrote something for week ${week}, so it stays. No need to skip it.`,
  reminderLine: (week) => `A moment for your logbook of week ${week}? A few words are plenty.`,
  open: 'Open logbook',
  noteSaved: (week, until) =>
    `Kept with week ${week}. Until ${until} you can still have it removed.`,
  undo: 'Undo',
  undone: 'Removed. That note is no longer in your logbook.',
  undoClosed: 'That note is closed already; it can no longer be removed.',
  removeNote: 'Remove note',
  onlyOwn:
    "A logbook is read only by the one who keeps it; I cannot show you someone else's. Type my logbook for yours.",
  recordedInTeams:
    "A voice message recorded in Teams itself is not passed on to me by Teams. Record it with your phone's recorder and send it here as a file (with the paperclip); I will keep it with your logbook.",
  recordings: (count) => (count === 1 ? 'A voice message' : `${count} voice messages`),
  files: (count) => (count === 1 ? 'A file' : `${count} files`),
};
