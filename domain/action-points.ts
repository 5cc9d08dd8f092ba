/** What was agreed at a check-in: what, who, by when. */
export interface ActionPointDraft {
  organisationId: string;
  checkInId: string | null;
  ownerPersonId: string;
  what: string;
  /** Local date 'YYYY-MM-DD', or null when no date was agreed. */
  dueOn: string | null;
  createdBy: string;
}

export interface ActionPoint {
  id: string;
  organisationId: string;
  checkInId: string | null;
  ownerPersonId: string;
  what: string;
  dueOn: string | null;
}
