import { pickLanguage, type Language } from '../domain/language';
import type { Stores } from '../infra/storage/stores';

/** Someone a check-in message goes to, with the language and zone to write it in. */
export interface Reader {
  personId: string;
  name: string;
  language: Language;
  timeZone: string;
}

/** Looks people up once per planning pass: their name, language and zone (else their school's). */
export class CheckInReaders {
  private readonly known = new Map<string, Reader | undefined>();

  constructor(
    private readonly stores: Pick<Stores, 'people' | 'organisations'>,
    private readonly defaults: { locale: string; timeZone: string },
  ) {}

  async of(personId: string, organisationId: string): Promise<Reader | undefined> {
    if (this.known.has(personId)) return this.known.get(personId);
    const person = await this.stores.people.findById(personId);
    const organisation = await this.stores.organisations.findOrganisation(organisationId);
    const reader = person && {
      personId,
      name: person.name,
      language: pickLanguage(person.locale, this.defaults.locale),
      timeZone: person.timeZone ?? organisation?.timeZone ?? this.defaults.timeZone,
    };
    this.known.set(personId, reader);
    return reader;
  }
}
