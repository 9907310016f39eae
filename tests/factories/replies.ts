import type { TDecision, TLanguage } from '@replies/shared';
import type { SignedIn } from '../setup/test-app';

export interface AcceptedReply {
  originalLanguage: TLanguage;
  receivedOn: string;
  texts: Partial<Record<TLanguage, { body: string; summary?: string }>>;
  decision?: TDecision;
  /** An original as received, uploaded before submission. */
  file?: { bytes: Buffer; name: string };
}

/**
 * One reply entered by the Secretariat on behalf of its sender, with its original file if any,
 * submitted and accepted; texts in languages other than the original are added as translations.
 */
export async function acceptReply(editor: SignedIn, cycleSlug: string, entityCode: string, reply: AcceptedReply) {
  const url = `/api/cycles/${cycleSlug}/replies/${entityCode}`;
  const original = reply.texts[reply.originalLanguage]!;
  const decision = reply.decision ?? 'FULL';
  await editor
    .put(url, {
      originalLanguage: reply.originalLanguage,
      receivedOn: reply.receivedOn,
      webOnly: decision === 'WEB_ONLY',
      texts: { [reply.originalLanguage]: original },
      version: 0,
    })
    .expect(200);
  if (reply.file) {
    await editor.agent
      .post(`${url}/original`)
      .set('x-csrf-token', editor.session.csrfToken)
      .attach('file', reply.file.bytes, reply.file.name)
      .expect(201);
  }
  await editor.post(`${url}/submit`).expect(200);
  await editor.post(`${url}/accept`, { decision, reason: 'As the report shows it.' }).expect(200);
  for (const [language, text] of Object.entries(reply.texts)) {
    if (language === reply.originalLanguage) continue;
    await editor.put(`${url}/translations/${language}`, { ...text, version: 0 }).expect(200);
  }
}
