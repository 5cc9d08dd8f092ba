import type { DialogContext } from 'botbuilder-dialogs';
import {
  checkInAgreementSchema,
  type CheckInAgreementSubmit,
} from '../cards/check-in-agreement.card';
import { strings } from '../cards/strings';
import { ownerPersonId, type CheckIn } from '../domain/check-ins';
import { localDateOf } from '../domain/zoned-time';
import type { Coach, CheckInPlanning } from './check-in-planning';
import type { CheckInPorts } from './check-in-ports';
import { OneTurnDialog } from './one-turn.dialog';

export const CHECK_IN_AGREEMENT_DIALOG = 'check-in-agreement';

/**
 * The agreement card's submit: what is done is ticked off, new action points are written for
 * their owners, and a next appointment is planned like any other. Once per check-in.
 */
export class CheckInAgreementDialog extends OneTurnDialog {
  constructor(
    private readonly planning: CheckInPlanning,
    private readonly ports: Pick<CheckInPorts, 'checkIns' | 'actionPoints'>,
    private readonly clock: () => Date,
  ) {
    super(CHECK_IN_AGREEMENT_DIALOG);
  }

  protected async run(dc: DialogContext, rawOptions: unknown): Promise<void> {
    const context = dc.context;
    const submit = checkInAgreementSchema.parse(rawOptions);
    const coach = await this.planning.coach(context);
    if (typeof coach === 'string') {
      await context.sendActivity(coach);
      return;
    }
    await context.sendActivity(await this.record(coach, submit));
  }

  private async record(coach: Coach, submit: CheckInAgreementSubmit): Promise<string> {
    const t = strings(coach.language).checkIn;
    const now = this.clock();
    const checkIn = await this.ports.checkIns.get(submit.checkInId);
    if (!checkIn || checkIn.coachPersonId !== coach.person.id) return t.stale;
    const points = submit.points.flatMap((p) => {
      const personId = ownerPersonId(checkIn, p.owner);
      return personId ? [{ ...p, personId }] : [];
    });
    if (points.length < submit.points.length) return t.noMaatje;
    if (submit.next && submit.next.date < localDateOf(now, coach.timeZone)) return t.inThePast;
    if (!(await this.ports.checkIns.recordAgreements(checkIn, now))) return t.alreadyRecorded;
    await this.ports.actionPoints.markDone(submit.done, coach.person.id, now);
    for (const p of points) {
      const draft = {
        organisationId: checkIn.organisationId,
        checkInId: checkIn.id,
        ownerPersonId: p.personId,
        what: p.what,
        dueOn: p.dueOn,
        createdBy: coach.person.id,
      };
      await this.ports.actionPoints.add(draft, now);
    }
    const lines = [t.recorded(points.length)];
    if (submit.next) lines.push(await this.planNext(coach, checkIn, submit.next));
    return lines.join('\n\n');
  }

  /** The same people, length and way of meeting, at the new moment. */
  private async planNext(
    coach: Coach,
    checkIn: CheckIn,
    next: NonNullable<CheckInAgreementSubmit['next']>,
  ): Promise<string> {
    const aanjagerId = checkIn.invitees.find((i) => i.role === 'aanjager')?.personId;
    const aanjager = (await this.planning.caseload(coach)).find((a) => a.personId === aanjagerId);
    if (!aanjager) return strings(coach.language).checkIn.notYours;
    return this.planning.plan(coach, {
      aanjager,
      withMaatje: checkIn.invitees.some((i) => i.role === 'maatje'),
      date: next.date,
      time: next.time,
      durationMinutes: checkIn.durationMinutes,
      mode: checkIn.mode,
      location: checkIn.location,
      every: 0,
      until: null,
    });
  }
}
