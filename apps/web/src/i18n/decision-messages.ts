import { DECISIONS, type TDecision } from '@replies/shared';

/**
 * The API's "The length rule proposes SUMMARY: give the reason for deciding FULL.", for every pair of
 * decisions, mapped to a language's wording of it.
 */
export function decisionReasonMessages(
  translate: (proposed: TDecision, decision: TDecision) => string,
): Record<string, string> {
  const entries: [string, string][] = [];
  for (const proposed of DECISIONS) {
    for (const decision of DECISIONS) {
      if (decision !== proposed)
        entries.push([
          `The length rule proposes ${proposed}: give the reason for deciding ${decision}.`,
          translate(proposed, decision),
        ]);
    }
  }
  return Object.fromEntries(entries);
}
