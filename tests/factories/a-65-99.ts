import { A6599_CYCLE, A6599_REPLIES } from '../../apps/api/src/demo/a-65-99';
import type { SignedIn } from '../setup/test-app';

/**
 * Enters A/65/99 through the API as the Secretariat did: the cycle, then each reply (entered on
 * behalf of its sender with its date received), submitted, accepted with the report's decision
 * (with a reason where it departs from the length rule), and translated into English and Chinese.
 * Under another `symbol`, the same cycle and replies again (for a test that changes them); returns
 * the cycle's slug.
 */
export async function enterA6599(editor: SignedIn, only?: string[], symbol = A6599_CYCLE.symbol) {
  const slug = ((await editor.post('/api/cycles', { ...A6599_CYCLE, symbol }).expect(201)).body as { slug: string })
    .slug;
  const url = `/api/cycles/${slug}/replies`;
  for (const reply of A6599_REPLIES.filter((r) => !only || only.includes(r.entityCode))) {
    await editor
      .put(`${url}/${reply.entityCode}`, {
        originalLanguage: reply.originalLanguage,
        receivedOn: reply.receivedOn,
        webOnly: reply.decision === 'WEB_ONLY',
        texts: { [reply.originalLanguage]: reply.original },
        version: 0,
      })
      .expect(200);
    await editor.post(`${url}/${reply.entityCode}/submit`).expect(200);
    await editor.post(`${url}/${reply.entityCode}/accept`, { decision: reply.decision }).expect(200);
    for (const language of ['en', 'zh'] as const) {
      if (language === reply.originalLanguage) continue;
      await editor
        .put(`${url}/${reply.entityCode}/translations/${language}`, { ...reply[language], version: 0 })
        .expect(200);
    }
  }
  return slug;
}
