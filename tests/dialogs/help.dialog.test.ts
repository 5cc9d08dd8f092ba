import type { Role } from '../../domain/roles';
import type { Activity } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { HelpDialog } from '../../dialogs/help.dialog';

const JOIN = { nl: 'koppel <code>', en: 'join <code>' };
const commandsFor = () => [{ word: 'logboek', description: 'dit weekje opschrijven' }];

function cardText(reply: Partial<Activity>): string {
  const [attachment] = reply.attachments ?? [];
  return JSON.stringify(attachment?.content);
}

describe('help dialog', () => {
  it('when it starts, then it shows the commands it is given and ends', async () => {
    const client = new DialogTestClient(
      'msteams',
      new HelpDialog(commandsFor, () => Promise.resolve<Role[]>(['aanjager']), JOIN, 'nl-NL'),
    );
    const reply = (await client.sendActivity('help')) as Partial<Activity>;
    expect(cardText(reply)).toContain('dit weekje opschrijven');
    expect(cardText(reply)).toContain('Wat kan ik hier?');
    expect(client.dialogTurnResult.status).toBe('complete');
  });

  it('when the default locale is English, then the card is English', async () => {
    const client = new DialogTestClient(
      'msteams',
      new HelpDialog(commandsFor, () => Promise.resolve<Role[]>(['aanjager']), JOIN, 'en-US'),
    );
    expect(cardText((await client.sendActivity('help')) as Partial<Activity>)).toContain(
      'What can I do here?',
    );
  });
});
