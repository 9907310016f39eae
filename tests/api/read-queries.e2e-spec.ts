import { cycleBody } from '../factories/cycles';
import { acceptReply } from '../factories/replies';
import { createUser } from '../factories/users';
import { signIn, startTestApp, type TestApp } from '../setup/test-app';
import { CYCLE_SQL, CYCLES_SQL, QUEUE_SQL, REPLY_SQL, SESSION_SQL } from '../../apps/api/src/database/sql/read-queries';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

/**
 * The reads every screen starts with run straight on the pool (PrismaService.read), not through
 * Prisma's engine: the rows must be exactly those Prisma gives, dates and lists of dates included.
 */
describe('the hot reads on the pool', () => {
  it('give the rows $queryRawUnsafe gives: session, cycle, cycle list, queue and reply', async () => {
    const e = await createUser(t.prisma, { role: 'EDITOR' });
    const editor = await signIn(t.http, e.email, e.password);
    const body = cycleBody({ sessionDates: { from: '2010-09-14', to: '2010-12-22' } });
    await editor.post('/api/cycles', body).expect(201);
    const slug = body.symbol.replace(/\//g, '-');
    await acceptReply(editor, slug, 'FIN', {
      originalLanguage: 'en',
      receivedOn: '2010-05-10',
      texts: { en: { body: 'Finland strengthened its export controls.' } },
    });
    await editor.put(`/api/cycles/${slug}/replies/SWE`, {
      originalLanguage: 'en',
      texts: { en: { body: 'A draft.' } },
      version: 0,
    });
    const [{ id: cycleId }] = await t.prisma.$queryRawUnsafe<{ id: string }[]>(
      'SELECT id FROM "Cycle" WHERE symbol = $1',
      body.symbol,
    );
    const [{ id: sessionId }] = await t.prisma.$queryRawUnsafe<{ id: string }[]>(
      'SELECT s.id FROM "Session" s JOIN "User" u ON u.id = s."userId" WHERE u.email = $1',
      e.email,
    );
    const reads: [string, unknown[]][] = [
      [SESSION_SQL, [sessionId]],
      [CYCLE_SQL, [null, body.symbol, 'FIN']],
      [CYCLES_SQL, [null]],
      [QUEUE_SQL, [cycleId, null]],
      [REPLY_SQL, [cycleId, 'FIN']],
      [REPLY_SQL, [cycleId, 'SWE']],
    ];
    for (const [sql, values] of reads) {
      const viaPool = await t.prisma.read<Record<string, unknown>>(sql, ...values);
      const viaPrisma = await t.prisma.$queryRawUnsafe<Record<string, unknown>[]>(sql, ...values);
      expect(viaPool.length).toBeGreaterThan(0);
      expect(viaPool).toEqual(viaPrisma);
    }
    const [cycle] = await t.prisma.read<{ orgLettersOn: Date[]; noteVerbaleOn: Date; createdAt: Date }>(
      CYCLE_SQL,
      null,
      body.symbol,
      null,
    );
    expect(cycle.orgLettersOn).toEqual([new Date('2010-02-17T00:00:00Z'), new Date('2010-02-18T00:00:00Z')]);
    expect(cycle.noteVerbaleOn).toEqual(new Date('2010-02-19T00:00:00Z'));
    expect(Math.abs(cycle.createdAt.getTime() - Date.now())).toBeLessThan(5 * 60_000);
  });
});
