/** The logboek's ways round the straight path: a second card, a stale save, a note, a recording. */
export interface LogboekFlowStrings {
  /** The lighter card: the first question shows, the other four behind this button. */
  moreQuestions: string;
  /** An earlier card of the same week, once a newer one is shown below it. */
  movedTitle: (week: number) => string;
  moved: string;
  /** A save from a card drawn before the entry changed: nothing is applied until they choose. */
  staleTitle: (week: number) => string;
  stale: string;
  showStored: string;
  storedHeading: string;
  newHeading: string;
  keepBoth: string;
  replace: string;
  keptAsNote: (week: number) => string;
  /** Keep-both while consent is gone: the consent card comes first, with the text riding along. */
  consentFirst: string;
  /** Skip pressed on a week that already has writing. */
  alreadyWritten: (week: number) => string;
  /** The reminder: one short line and a button that opens the week's card. */
  reminderLine: (week: number) => string;
  open: string;
  /** A note's receipt, with its undo button. */
  noteSaved: (week: number, until: string) => string;
  undo: string;
  undone: string;
  undoClosed: string;
  /** Under a note in `mijn logboek`, while it can still be taken back. */
  removeNote: string;
  /** `logboek van <naam>`: a logboek is only ever read by the one who keeps it. */
  onlyOwn: string;
  /** A voice message recorded in Teams: Teams does not hand its audio to bots. */
  recordedInTeams: string;
  /** Shown for a week whose entry is only a recording or a file. */
  recordings: (count: number) => string;
  files: (count: number) => string;
}
