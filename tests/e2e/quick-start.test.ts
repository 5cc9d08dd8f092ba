import { playgroundUser } from '../../cli/playground-user';
import { lastCard, said } from '../support/cards-sent';
import { startKoers, type KoersUnderTest } from '../support/koers-app';
import { runKoersCli } from '../support/run-cli';
import { activities, type TeamsUser } from '../support/teams-activities';
import { databaseKinds } from '../support/test-database';

// As the Playground shows itself to a bot: its default user and tenant, speaking en-US.
const alex: TeamsUser = { id: 'user-id-0', ...playgroundUser };
const chat = `a:personal-${alex.id}`;

describe.each(databaseKinds)("the README's quick start (%s)", (kind) => {
  let koers: KoersUnderTest;
  beforeEach(async () => {
    koers = await startKoers(kind);
  });
  afterEach(() => koers.stop());

  it('when a newcomer runs koers demo on a fresh data folder and types the printed code, then they get the consent card and the printed tab address works for them', async () => {
    const demo = await runKoersCli(['demo'], koers.database.env);
    expect(demo).toMatchObject({ code: 0, err: '' });
    const typed = /^ {2}(koppel [A-Z0-9]{4}-[A-Z0-9]{4})$/m.exec(demo.out)?.[1];
    const tab = /^ {2}(http:\/\/\S+\/tab\?\S+)$/m.exec(demo.out)?.[1];
    expect(typed).toBeDefined();
    expect(tab).toBeDefined();

    const shape = { serviceUrl: koers.connector.url, user: alex, locale: 'en-US' };
    await koers.post(activities.installed(shape));
    await koers.post(activities.message(shape, typed!));
    expect(said(koers, chat)).toContain('Welcome to Demo-college, as aanjager.');
    expect(lastCard(koers, chat).actions?.[0]?.title).toBe('I take part');

    // The address is printed for the default port; the bot under test listens elsewhere.
    const address = new URL(tab!);
    const page = await fetch(`${koers.url}${address.pathname}${address.search}`);
    expect(page.status).toBe(200);
    // What the page itself asks once loaded: itself, as the user the address names.
    const me = await fetch(`${koers.url}/api/tab/me`, {
      headers: {
        'x-koers-dev-user': address.searchParams.get('dev-user') ?? '',
        'x-koers-dev-tenant': address.searchParams.get('dev-tenant') ?? '',
      },
    });
    expect(me.status).toBe(200);
  });
});
