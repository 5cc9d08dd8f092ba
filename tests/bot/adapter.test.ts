import { incomingActivitySchema } from '../../bot/adapter';

const activity = {
  type: 'message',
  serviceUrl: 'https://smba.trafficmanager.net/emea/',
  conversation: { id: 'a:1', conversationType: 'personal', tenantId: 'tenant-1' },
  from: { id: '29:1', name: 'Docent 1', aadObjectId: 'aad-1' },
  locale: 'nl-NL',
  text: 'help',
  channelData: { tenant: { id: 'tenant-1' } },
};

describe('incomingActivitySchema', () => {
  it('when Teams sends an ordinary message, then it passes with every field kept', () => {
    const extra = { ...activity, entities: [{ type: 'clientInfo' }] };
    expect(incomingActivitySchema.parse(extra)).toEqual(extra);
  });

  it('when optional fields are missing or null, then it still passes', () => {
    const bare: Partial<typeof activity> = { ...activity };
    delete bare.text;
    delete bare.locale;
    delete bare.channelData;
    expect(incomingActivitySchema.safeParse(bare).success).toBe(true);
    expect(incomingActivitySchema.safeParse({ ...activity, text: null }).success).toBe(true);
  });

  it.each([
    ['text', { text: 1.5 }],
    ['locale', { locale: 5 }],
    ['name', { name: ['adaptiveCard/action'] }],
    ['channelData', { channelData: 'tenant-1' }],
    ['from.name', { from: { ...activity.from, name: { first: 'Docent' } } }],
    ['from.aadObjectId', { from: { ...activity.from, aadObjectId: 7 } }],
    ['conversation.tenantId', { conversation: { ...activity.conversation, tenantId: [] } }],
  ])('when %s has the wrong type, then the body is refused before any turn runs', (_, change) => {
    expect(incomingActivitySchema.safeParse({ ...activity, ...change }).success).toBe(false);
  });

  it.each([
    ['from.name', { from: { ...activity.from, name: 'Docent\u00001' } }],
    ['from.aadObjectId', { from: { ...activity.from, aadObjectId: 'aad\u0000' } }],
    ['locale', { locale: 'nl-NL\u0000' }],
    ['conversation.id', { conversation: { ...activity.conversation, id: 'a:\u00001' } }],
    ['channelData.tenant.id', { channelData: { tenant: { id: 'tenant\u0000' } } }],
  ])(
    'when %s holds U+0000, which PostgreSQL text cannot store, then it is refused',
    (_, change) => {
      expect(incomingActivitySchema.safeParse({ ...activity, ...change }).success).toBe(false);
    },
  );

  it('when only the message text holds U+0000, then it passes: text is not stored as it comes', () => {
    expect(incomingActivitySchema.safeParse({ ...activity, text: 'a\u0000b' }).success).toBe(true);
  });
});
