import type { ReportStrings } from './strings.report';

export const reportEn: ReportStrings = {
  intro:
    'This is the harvest report of your conversation. Is it right? Let us know with agree, or say what you would change.',
  version: (n, until) => `Version ${n} · please reply by ${until}`,
  reminder: (until) => `A reminder: your reply to this report is welcome until ${until}.`,
  longIntro: 'The report is too long for this message. Here is how it starts:',
  readInTab: 'Read the whole report',
  commentLabel: 'What would you change?',
  agree: 'Agree',
  change: 'I want to change something',
  commentNeeded: 'Write in the box what you would change, and I will pass it on to the researcher.',
  commentTooLong: (max) =>
    `That is more than I can keep (${max.toLocaleString('en-GB')} characters). Could you say it a little shorter?`,
  agreedReceipt: (title, version) => `Thank you. You agreed to version ${version} of ${title}.`,
  changeReceipt: (title, version) =>
    `Thank you. Your comment on version ${version} of ${title} goes to the researcher.`,
  yourComment: 'You wrote:',
  windowNote: (until) =>
    `Until and including ${until} you can still take your reply back by stopping the study.`,
  answerAgain: 'Reply differently',
  closed: (title) => `${title} takes no more replies: there is a newer version, or it is finished.`,
  notSent: 'This report was not sent to you.',
  consentFirst:
    'I keep your reply only once you take part in the study. Type consent to arrange that.',
  approved: (title, version) =>
    `Everyone agreed: version ${version} of ${title} is now final. Thank you.`,
};
