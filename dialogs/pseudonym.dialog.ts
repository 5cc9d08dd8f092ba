import type { DialogContext } from 'botbuilder-dialogs';
import { z } from 'zod';
import { escapeMarkdown } from '../cards/adaptive-card';
import { strings } from '../cards/strings';
import { allows } from '../domain/access.rules';
import { isPseudonymCode } from '../domain/pseudonyms';
import type { Language } from '../domain/language';
import { OneTurnDialog } from './one-turn.dialog';
import type { Participation } from './participation';
import type { PseudonymResolver } from './ports';

export const PSEUDONYM_DIALOG = 'pseudoniem';

const optionsSchema = z.object({ verb: z.literal('command'), args: z.string() });

/** `pseudoniem P-03-07`: only the research team may turn a code back into a person (C6). */
export class PseudonymDialog extends OneTurnDialog {
  constructor(
    private readonly participation: Participation,
    private readonly word: (language: Language) => string,
    private readonly pseudonyms: PseudonymResolver,
  ) {
    super(PSEUDONYM_DIALOG);
  }

  protected async run(dc: DialogContext, rawOptions: unknown): Promise<void> {
    const context = dc.context;
    const text = strings(this.participation.language(context));
    const { args } = optionsSchema.parse(rawOptions);
    const person = await this.participation.person(context);
    const viewer = person && (await this.participation.viewerOf(person.id));
    const research = viewer?.memberships.find((m) =>
      allows(viewer, { action: 'research', studyId: m.studyId }),
    );
    if (!person || !research) {
      await context.sendActivity(text.refusal(text.roles.onderzoeker));
      return;
    }
    const code = args.trim().toUpperCase();
    if (!isPseudonymCode(code)) {
      await context.sendActivity(
        text.pseudonym.usage(this.word(this.participation.language(context))),
      );
      return;
    }
    const found = await this.pseudonyms.resolve(
      research.studyId,
      code,
      `person:${person.id}`,
      this.participation.now(),
    );
    const organisation = found && (await this.participation.organisation(found.organisationId));
    await context.sendActivity(
      found
        ? text.pseudonym.found(
            code,
            escapeMarkdown(found.name),
            escapeMarkdown(organisation?.name ?? ''),
          )
        : text.pseudonym.notFound(code),
    );
  }
}
