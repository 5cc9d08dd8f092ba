import { renderCheckInInvitationCard } from '../../cards/check-in-invitation.card';
import {
  RECORDING_TEXT_VERSION,
  recordingTextHash,
  renderRecordingConsentCard,
  renderRecordingReceiptCard,
  type RecordingConsentModel,
} from '../../cards/recording-consent.card';
import { cardSubmitSchema } from '../../cards/submits';
import type { Language } from '../../domain/language';
import { createCardValidator } from './card-schema';

const schemaErrors = createCardValidator();
const startsAt = new Date('2027-01-20T13:00:00Z'); // woensdag 20 januari, 14:00 CET

const model = (language: Language): RecordingConsentModel => ({
  language,
  timeZone: 'Europe/Amsterdam',
  checkInId: 'i1',
  hostName: 'Onderzoeker *Een*',
  startsAt,
  contact: { name: 'Anna de Vries', email: 'anna@hva.example' },
});
const texts = (card: { body: unknown[] }) =>
  card.body.map((b) => (b as { text?: string }).text ?? '').join('\n');

describe('the recording question of a slotinterview', () => {
  it.each(['nl', 'en'] as const)('validates against the Adaptive Card schema (%s)', (language) => {
    expect(schemaErrors(renderRecordingConsentCard(model(language)))).toEqual([]);
    const receipt = renderRecordingReceiptCard({ language, checkInId: 'i1', when: 'nu' });
    expect(schemaErrors(receipt)).toEqual([]);
  });

  it('when shown, then it says that no has no consequences, names the contact and the version, and escapes the host name', () => {
    const card = renderRecordingConsentCard(model('nl'));
    const shown = texts(card);
    expect(shown).toContain(
      'Onderzoeker \\*Een\\* neemt het gesprek van woensdag 20 januari om 14:00',
    );
    expect(shown).toContain('het interview gaat dan gewoon door, zonder opname');
    expect(shown).toContain('Anna de Vries (anna@hva.example)');
    expect(shown).toContain(`Versie van deze tekst: ${RECORDING_TEXT_VERSION}`);
    expect(card.actions?.map((a) => a.title)).toEqual(['Ja, opnemen mag', 'Liever geen opname']);
  });

  it('when a button is pressed, then what it sends parses with the one verb table, hash included', () => {
    const card = renderRecordingConsentCard(model('nl'));
    for (const action of card.actions ?? []) {
      const data = 'data' in action ? action.data : {};
      const parsed = cardSubmitSchema.parse(data);
      expect(parsed).toMatchObject({ verb: 'interview-recording', checkInId: 'i1' });
      expect(data).toMatchObject({ hash: recordingTextHash(model('nl')) });
    }
    const receipt = renderRecordingReceiptCard({ language: 'nl', checkInId: 'i1', when: 'nu' });
    const withdraw = receipt.actions?.[0];
    expect(withdraw?.title).toBe('Toestemming intrekken');
    expect(cardSubmitSchema.parse(withdraw && 'data' in withdraw ? withdraw.data : {})).toEqual({
      verb: 'interview-recording-withdraw',
      checkInId: 'i1',
    });
  });

  it('when the time, language or contact differs, then so does the hash: it covers the words shown', () => {
    const base = recordingTextHash(model('nl'));
    expect(
      recordingTextHash({ ...model('nl'), startsAt: new Date('2027-01-21T13:00:00Z') }),
    ).not.toBe(base);
    expect(recordingTextHash(model('en'))).not.toBe(base);
    expect(
      recordingTextHash({ ...model('nl'), contact: { name: 'Bo', email: 'bo@example.org' } }),
    ).not.toBe(base);
    expect(recordingTextHash(model('nl'))).toBe(base);
  });

  it('when the invitation is for a slotinterview, then it says so and what it is for', () => {
    const card = renderCheckInInvitationCard({
      language: 'nl',
      kind: 'slotinterview',
      timeZone: 'Europe/Amsterdam',
      checkInId: 'i1',
      sequence: 0,
      coachName: 'Onderzoeker Een',
      startsAt,
      durationMinutes: 45,
      mode: 'on-site',
      location: 'Lokaal 2.14',
      moved: false,
      laterStarts: [],
      openPoints: [],
      calendarUrl: 'https://koers.example/ics/abc',
    });
    expect(schemaErrors(card)).toEqual([]);
    expect(texts(card)).toContain('Onderzoeker Een nodigt je uit voor een slotinterview');
    expect(texts(card)).toContain('Samen terugkijken op het project');
  });
});
