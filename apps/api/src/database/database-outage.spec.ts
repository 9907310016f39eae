import { isDatabaseBusy, isDatabaseUnavailable } from './database-outage';

describe('isDatabaseUnavailable', () => {
  it.each([
    ['a refused connection', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['a server shut down by its administrator', Object.assign(new Error('terminating connection'), { code: '57P01' })],
    ['Prisma that cannot reach the server', Object.assign(new Error("Can't reach database server"), { code: 'P1001' })],
    [
      'a transaction that could not start in time',
      Object.assign(new Error('Transaction API error: Unable to start a transaction in the given time.'), {
        code: 'P2028',
      }),
    ],
    ['a cause two levels down', new Error('save failed', { cause: new Error('x', { cause: { code: '08006' } }) })],
  ])('says yes for %s', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', Object.assign(new Error('Unique constraint failed'), { code: 'P2002' })],
    ['a programming error', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['nothing', undefined],
  ])('says no for %s', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});

describe('isDatabaseBusy', () => {
  it('tells a database too busy to start a transaction or lend a connection in time from one that is down', () => {
    const busy = Object.assign(new Error('Transaction API error: Unable to start a transaction in the given time.'), {
      code: 'P2028',
    });
    const poolTimeout = Object.assign(new Error('Timed out fetching a new connection from the connection pool.'), {
      code: 'P2024',
    });
    expect([busy, poolTimeout].map(isDatabaseBusy)).toEqual([true, true]);
    expect([busy, poolTimeout].map(isDatabaseUnavailable)).toEqual([true, true]);
    const down = Object.assign(new Error('terminating connection'), { code: '57P01' });
    expect(isDatabaseBusy(down)).toBe(false);
  });
});
