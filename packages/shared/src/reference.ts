/**
 * The reference number of a submitted reply, as the receipt mail and the focal point's pages print it:
 * `<report symbol>-<entity code>-<version>`, e.g. A/65/99-FIN-2 for Finland's second submission to A/65/99.
 * `version` is the number of the stored version the submission created.
 */
export function replyReference(symbol: string, entityCode: string, version: number): string {
  return `${symbol}-${entityCode.toUpperCase()}-${version}`;
}

/** The parts of a reference number, or null when the text is not one (symbols have no dash; entity codes may). */
export function parseReplyReference(reference: string): { symbol: string; entityCode: string; version: number } | null {
  const match = /^([^-\s]+)-([A-Z][A-Z0-9-]{1,15})-([1-9]\d{0,5})$/.exec(reference.trim());
  if (!match) return null;
  return { symbol: match[1], entityCode: match[2], version: Number(match[3]) };
}
