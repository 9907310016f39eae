import type { TLanguage, TReply, TReplyForm, TSaveReply } from '@replies/shared';

/** The form's values for a reply as stored: its original-language text and summary. */
export function formValuesOf(reply: TReply, fallbackLanguage: TLanguage): TReplyForm {
  const language = reply.originalLanguage ?? fallbackLanguage;
  const text = reply.texts[language] ?? Object.values(reply.texts)[0];
  return {
    originalLanguage: language,
    body: text?.body ?? '',
    summary: text?.summary ?? '',
    webOnly: reply.webOnly,
    receivedOn: reply.receivedOn ?? '',
  };
}

/** What the form holds, every field present: two snapshots with the same fields mean nothing changed. */
export type TFormSnapshot = Required<TReplyForm>;

export function snapshotOf(values: TReplyForm): TFormSnapshot {
  const { originalLanguage, body, summary, webOnly, receivedOn = '' } = values;
  return { originalLanguage, body, summary, webOnly, receivedOn };
}

export function sameSnapshot(a: TFormSnapshot, b: TFormSnapshot): boolean {
  return (
    a.body === b.body &&
    a.summary === b.summary &&
    a.originalLanguage === b.originalLanguage &&
    a.webOnly === b.webOnly &&
    a.receivedOn === b.receivedOn
  );
}

/** The body of PUT …/replies/:entity. Only the Secretariat sends the date a reply was received. */
export function saveBodyOf(values: TReplyForm, version: number, withReceivedOn: boolean): TSaveReply {
  return {
    originalLanguage: values.originalLanguage,
    ...(withReceivedOn ? { receivedOn: values.receivedOn || null } : {}),
    webOnly: values.webOnly,
    texts: { [values.originalLanguage]: { body: values.body, summary: values.summary } },
    version,
  };
}

/** The reply a 409 STALE_VERSION carries, if it looks like one. */
export function asReply(value: unknown): TReply | null {
  if (typeof value !== 'object' || value === null) return null;
  const candidate = value as Partial<TReply>;
  return typeof candidate.version === 'number' && typeof candidate.texts === 'object' && candidate.texts !== null
    ? (value as TReply)
    : null;
}
