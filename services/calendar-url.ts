import type { CheckInCalendar } from '../infra/storage/check-in-calendar';

/** The address of a person's calendar file for a check-in, served by `/ics/<token>`. */
export function calendarUrls(
  calendar: Pick<CheckInCalendar, 'token'>,
  publicBaseUrl: string,
): (checkInId: string, personId: string) => string {
  return (checkInId, personId) => `${publicBaseUrl}/ics/${calendar.token(checkInId, personId)}`;
}
