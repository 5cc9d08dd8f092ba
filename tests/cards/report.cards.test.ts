import { renderReportReceiptCard } from '../../cards/report-receipt.card';
import { renderReportCard, reportReadUrl } from '../../cards/report.card';
import { cardBytes, createCardValidator } from './card-schema';

const schemaErrors = createCardValidator();
const base = {
  language: 'nl' as const,
  title: 'Startdialoog *Het Baken*',
  version: { id: 'v-1', number: 2 },
  // The last day to answer is Friday 27 November (Amsterdam).
  answerUntil: new Date('2026-11-27T23:00:00Z'),
  timeZone: 'Europe/Amsterdam',
  readUrl: reportReadUrl('app-1', 'r-1'),
};

describe('the oogstverslag cards', () => {
  it('when a report is short, then the card holds its whole text, the deadline and both buttons, and no link', () => {
    const card = renderReportCard({ ...base, text: 'Eerste alinea.\n\nTweede alinea.' });
    const json = JSON.stringify(card);
    expect(schemaErrors(card)).toEqual([]);
    expect(json).toContain('Tweede alinea.');
    expect(json).toContain('Versie 2 · graag je reactie uiterlijk vrijdag 27 november');
    expect(json).toContain('Startdialoog \\\\*Het Baken\\\\*');
    expect(card.actions?.map((a) => a.title)).toEqual(['Akkoord', 'Ik wil iets aanpassen']);
    expect(json).not.toContain('Lees het hele verslag');
  });

  it('when a report is long, then the card shows its start and a link into the tab, and stays small', () => {
    const text = Array.from(
      { length: 200 },
      (_, i) => `Alinea ${i} ${'over de stages '.repeat(8)}`,
    ).join('\n\n');
    const card = renderReportCard({ ...base, text, reminder: true });
    const json = JSON.stringify(card);
    expect(schemaErrors(card)).toEqual([]);
    expect(json).toContain('Alinea 0');
    expect(json).not.toContain('Alinea 199');
    expect(json).toContain('Lees het hele verslag');
    expect(json).toContain(encodeURIComponent('"subEntityId":"report:r-1"'));
    expect(json).toContain('Een herinnering');
    expect(cardBytes(card)).toBeLessThan(8 * 1024);
  });

  it('when someone asked for a change, then the receipt repeats their words and the last day they can take it back', () => {
    const card = renderReportReceiptCard({
      ...base,
      verdict: 'change',
      comment: 'De stages ontbreken.',
      windowLastDay: 'maandag 30 november',
      approved: false,
    });
    const json = JSON.stringify(card);
    expect(schemaErrors(card)).toEqual([]);
    expect(json).toContain('De stages ontbreken.');
    expect(json).toContain('maandag 30 november');
    expect(card.actions?.map((a) => a.title)).toEqual(['Toch anders reageren']);
  });
});
