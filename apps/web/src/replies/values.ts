import { canEdit, type TLanguage, type TReply, type TReplyForm, type TSaveReply } from '@replies/shared';

/** The sender (or the Secretariat on their behalf) may still change the reply. */
export const isEditable = (reply: TReply) => canEdit(reply.status);

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

/** What the form holds, in a comparable form: two equal snapshots mean nothing changed. */
export function snapshotOf(values: Partial<TReplyForm>): string {
  return JSON.stringify([
    values.originalLanguage ?? null,
    values.body ?? '',
    values.summary ?? '',
    values.webOnly ?? false,
    values.receivedOn ?? '',
  ]);
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

/** Who saved a reply last, when the API says so (it may send `updatedBy` as a name or as a user). */
export function updatedByOf(reply: TReply): string | null {
  const by = (reply as TReply & { updatedBy?: unknown }).updatedBy;
  if (typeof by === 'string' && by.trim()) return by;
  if (typeof by === 'object' && by !== null && typeof (by as { name?: unknown }).name === 'string') {
    return (by as { name: string }).name;
  }
  return null;
}
