import { ConversationState, MemoryStorage, TestAdapter, type Storage } from 'botbuilder';
import pino from 'pino';
import { turnErrorHandler } from '../../bot/turn-error';

function capturingLogger() {
  const lines: Record<string, unknown>[] = [];
  const logger = pino(
    { level: 'error' },
    { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) },
  );
  return { logger, lines };
}

describe('when a turn fails', () => {
  const failingTurn = () => Promise.reject(new Error('kapot in /srv/koers/geheim.ts:12'));

  it('then the person gets a friendly Dutch answer without the error text', async () => {
    const { logger } = capturingLogger();
    const adapter = new TestAdapter(failingTurn);
    const conversationState = new ConversationState(new MemoryStorage());
    adapter.onTurnError = turnErrorHandler({ logger, conversationState, defaultLocale: 'nl-NL' });
    await adapter
      .send('hoi')
      .assertReply((reply) => {
        expect(reply.text).toBe(
          'Oei, er ging bij mij iets mis. Het ligt niet aan jou, maar dit bericht heb ik niet kunnen bewaren. Stuur het zo nog eens?',
        );
        expect(reply.text).not.toContain('geheim');
      })
      .startTest();
  });

  it('then the answer is English for an English Teams locale', async () => {
    const { logger } = capturingLogger();
    const adapter = new TestAdapter(failingTurn);
    const conversationState = new ConversationState(new MemoryStorage());
    adapter.onTurnError = turnErrorHandler({ logger, conversationState, defaultLocale: 'nl-NL' });
    await adapter
      .send({ type: 'message', text: 'hi', locale: 'en-GB' })
      .assertReply((reply) => expect(reply.text).toMatch(/^Oops/))
      .startTest();
  });

  it('then the log line names the activity and conversation, and the dialog state is dropped', async () => {
    const { logger, lines } = capturingLogger();
    const storage = new MemoryStorage();
    const conversationState = new ConversationState(storage);
    const adapter = new TestAdapter(async (context) => {
      await conversationState.createProperty('dialogState').set(context, { stack: ['kapot'] });
      await conversationState.saveChanges(context);
      throw new Error('kapot');
    });
    adapter.onTurnError = turnErrorHandler({ logger, conversationState, defaultLocale: 'nl-NL' });
    await adapter
      .send('hoi')
      .assertReply(() => undefined)
      .startTest();
    expect(lines[0]).toMatchObject({
      msg: 'turn failed',
      activityType: 'message',
      conversationId: 'Convo1',
      err: { message: 'kapot' },
    });
    const stored = await storage.read(['test/conversations/Convo1/']);
    expect(stored).toEqual({});
  });

  it('when the database is away too, then the person still hears that the message was not kept', async () => {
    const { logger, lines } = capturingLogger();
    const away = () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432'));
    const storage: Storage = { read: away, write: away, delete: away };
    const conversationState = new ConversationState(storage);
    const adapter = new TestAdapter(async (context) => {
      await conversationState.load(context);
    });
    adapter.onTurnError = turnErrorHandler({ logger, conversationState, defaultLocale: 'en-GB' });
    await adapter
      .send({ type: 'message', text: 'my note for this week', locale: 'en-GB' })
      .assertReply((reply) =>
        expect(reply.text).toMatch(/could not keep this message.*send it again/),
      )
      .startTest();
    expect(lines.map((line) => line.msg)).toContain(
      'could not drop the dialog state after a failed turn',
    );
  });
});
