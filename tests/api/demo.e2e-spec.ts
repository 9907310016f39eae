import request from 'supertest';
import { LANGUAGES, type TReplySummary } from '@replies/shared';
import { DemoRefused, fillDemo, type DemoOutcome } from '../../apps/api/src/demo/demo';
import { demoSummary } from '../../apps/api/src/demo/summary';
import { signIn, startTestApp, type SignedIn, type TestApp } from '../setup/test-app';

let t: TestApp;
let outcome: DemoOutcome;
let editor: SignedIn;

// `npm run demo` on a fresh database: what a newcomer finds when the portal opens.
beforeAll(async () => {
  t = await startTestApp();
  outcome = await fillDemo(t.app);
  const account = outcome.accounts.find((a) => a.role === 'EDITOR')!;
  editor = await signIn(t.http, account.email, account.password);
}, 600_000);
afterAll(() => t.close());

const slug = (symbol: string) => symbol.replace(/\//g, '-');

describe('npm run demo', () => {
  it('creates one account per role, each signing in with the printed password', async () => {
    expect(outcome.accounts.map((a) => a.role)).toEqual(['ADMIN', 'EDITOR', 'FOCAL_POINT']);
    for (const account of outcome.accounts) {
      const client = await signIn(t.http, account.email, account.password);
      expect(client.session.user).toMatchObject({ role: account.role, entityCode: account.entityCode ?? null });
    }
    const printed = demoSummary(outcome, 'http://localhost:3000').join('\n');
    for (const account of outcome.accounts) expect(printed).toContain(account.password);
    expect(printed).toContain('http://localhost:3000/reports');
  });

  it('rebuilds A/65/99 with its 25 replies, published in the six languages', async () => {
    expect(outcome.report).toMatchObject({ symbol: 'A/65/99', replies: 25, held: [] });
    expect([...outcome.report.published].sort()).toEqual([...LANGUAGES].sort());
    const replies = (await editor.get('/api/cycles/A-65-99/replies').expect(200)).body as TReplySummary[];
    expect(replies).toHaveLength(25);
    expect(new Set(replies.map((r) => r.status))).toEqual(new Set(['PUBLISHED']));
    // Each decision is the one the length rule proposes, as in the printed report.
    for (const language of LANGUAGES) {
      const checks = (await editor.get(`/api/cycles/A-65-99/report/checks?lang=${language}`).expect(200)).body;
      expect(checks).toMatchObject({ contradictions: [], namesOtherEntity: [], missingTranslations: [] });
    }

    const index = await request(t.http).get('/reports').expect(200);
    for (const language of LANGUAGES) expect(index.text).toContain(`href="/reports/A-65-99?lang=${language}"`);
    // Every version is complete: no entry waits for its translation.
    const french = await request(t.http).get('/reports/A-65-99?lang=fr').expect(200);
    expect(french.text).toContain(
      'Mesures visant à empêcher les terroristes d&#39;acquérir des armes de destruction massive',
    );
    expect(french.text).toContain('Le Royaume du Maroc participe pleinement à la lutte contre le terrorisme');
    expect(french.text).not.toContain('pas encore disponible');
    const arabic = await request(t.http).get('/reports/A-65-99?lang=ar').expect(200);
    expect(arabic.text).toContain('<html lang="ar" dir="rtl">');
    expect(arabic.text).toContain('تلتزم فنلندا بمنع الإرهابيين من حيازة أسلحة الدمار الشامل.');
    expect(arabic.text).not.toContain('غير متاحة بعد');
    // A reply sent in Spanish reads as Spanish in its full text.
    const mexico = await request(t.http).get('/reports/A-65-99/replies/MEX?lang=es').expect(200);
    expect(mexico.text).toContain('México considera que el desarme y la no proliferación son esenciales');
  });

  it('leaves a second cycle in progress: invitations, drafts, a submission, a return and one over the limit', async () => {
    const { current } = outcome;
    expect(current).toMatchObject({ invited: 211, drafts: 3, submitted: 2, returned: 1, accepted: 1, overLimit: 1 });
    const replies = (await editor.get(`/api/cycles/${slug(current.symbol)}/replies`).expect(200))
      .body as TReplySummary[];
    const byEntity = Object.fromEntries(
      replies.filter((r) => r.status !== 'NOT_STARTED').map((r) => [r.entityCode, r]),
    );
    expect(Object.keys(byEntity).sort()).toEqual(['CHN', 'EGY', 'FIN', 'FRA', 'IAEA', 'JPN', 'MEX']);
    expect(byEntity.MEX.status).toBe('ACCEPTED');
    expect(byEntity.FIN.status).toBe('RETURNED');
    expect(byEntity.CHN).toMatchObject({ status: 'SUBMITTED', overLimit: false });
    expect(byEntity.FRA).toMatchObject({ status: 'SUBMITTED', overLimit: true });
    for (const code of ['EGY', 'IAEA', 'JPN']) expect(byEntity[code].status).toBe('DRAFT');

    // The demo focal point (Finland) finds the cycle, and the Secretariat's comment on their reply.
    const focal = outcome.accounts.find((a) => a.role === 'FOCAL_POINT')!;
    const client = await signIn(t.http, focal.email, focal.password);
    const cycles = (await client.get('/api/cycles').expect(200)).body as { symbol: string }[];
    expect(cycles.map((c) => c.symbol)).toEqual([current.symbol]);
    const reply = await client.get(`/api/cycles/${slug(current.symbol)}/replies/FIN`).expect(200);
    expect(reply.body.returnComment).toContain('Please give the date on which the amendment');
  });

  it('refuses a database that already holds cycles, adding nothing', async () => {
    const users = await t.prisma.user.count();
    await expect(fillDemo(t.app)).rejects.toThrow(DemoRefused);
    await expect(fillDemo(t.app)).rejects.toThrow(
      /^This database already holds 2 reporting cycles: the demonstration is added only to a portal without any/,
    );
    expect(await t.prisma.user.count()).toBe(users);
    expect(await t.prisma.cycle.count()).toBe(2);
  });
});
