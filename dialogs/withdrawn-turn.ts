import type { TurnContext } from 'botbuilder';

const WITHDRAWN = Symbol('koers.withdrawn');

/** This turn stopped the person's taking part: its bot state is deleted at the end, not saved. */
export function markWithdrawn(context: TurnContext): void {
  context.turnState.set(WITHDRAWN, true);
}

export function withdrewThisTurn(context: TurnContext): boolean {
  return context.turnState.get(WITHDRAWN) === true;
}
