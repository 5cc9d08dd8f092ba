import { TestAdapter, TurnContext } from 'botbuilder';
import type { Person } from '../../domain/people';
import { rememberSeenPerson, seenPerson } from '../../dialogs/seen-person';

const anna: Person = {
  id: 'p-anna',
  tenantId: 'tenant-a',
  aadObjectId: 'aad-anna',
  teamsUserId: '29:anna',
  name: 'Anna',
  locale: 'nl-NL',
  timeZone: null,
  unreachableSince: null,
};

const turn = () => new TurnContext(new TestAdapter(), { type: 'message', text: 'hoi' });

describe('the person seen at the start of a turn', () => {
  it('when Installations recorded them, then the same turn finds them without a look-up', () => {
    const context = turn();
    rememberSeenPerson(context, anna);
    expect(seenPerson(context, 'tenant-a', 'aad-anna')).toBe(anna);
  });

  it('when another tenant or AAD object id is asked for, then nobody is given', () => {
    const context = turn();
    rememberSeenPerson(context, anna);
    expect(seenPerson(context, 'tenant-b', 'aad-anna')).toBeUndefined();
    expect(seenPerson(context, 'tenant-a', 'aad-bram')).toBeUndefined();
  });

  it('when nobody was recorded on this turn, then nobody is given', () => {
    rememberSeenPerson(turn(), anna);
    expect(seenPerson(turn(), 'tenant-a', 'aad-anna')).toBeUndefined();
  });
});
