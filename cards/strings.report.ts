/** Oogstverslagen and their member check: the card, the receipt and the reminder. */
export interface ReportStrings {
  intro: string;
  version: (n: number, until: string) => string;
  reminder: (until: string) => string;
  longIntro: string;
  readInTab: string;
  commentLabel: string;
  agree: string;
  change: string;
  commentNeeded: string;
  commentTooLong: (max: number) => string;
  agreedReceipt: (title: string, version: number) => string;
  changeReceipt: (title: string, version: number) => string;
  yourComment: string;
  windowNote: (until: string) => string;
  answerAgain: string;
  closed: (title: string) => string;
  notSent: string;
  consentFirst: string;
  approved: (title: string, version: number) => string;
}
