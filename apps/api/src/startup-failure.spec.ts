import { ConfigError } from './config/config';
import { EmbeddedPostgresError, startFailure } from './database/embedded-postgres';
import { describeStartupFailure } from './startup-failure';

const settings = { port: 3000, usesDatabaseUrl: true };
const oneSentence = (text: string) => expect(text).not.toContain('\n');

describe('describeStartupFailure', () => {
  it.each([
    [
      Object.assign(new Error('listen EADDRINUSE'), { code: 'EADDRINUSE', syscall: 'listen' }),
      /Port 3000 is already in use.*set PORT/,
    ],
    [Object.assign(new Error('x'), { code: 'EACCES', syscall: 'listen' }), /may not listen on port 3000/],
    [
      Object.assign(new Error('x'), { code: 'EACCES', path: '/srv/.data' }),
      /may not write to \/srv\/\.data.*REPLIES_DATA_DIR/,
    ],
    [
      Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
      /Cannot reach the PostgreSQL server of DATABASE_URL/,
    ],
    [
      Object.assign(new Error('password authentication failed'), { code: '28P01' }),
      /refused the user name or password/,
    ],
    [Object.assign(new Error('database "x" does not exist'), { code: '3D000' }), /does not exist: create it/],
    [
      Object.assign(new Error('Error applying migration 2026_x'), { name: 'SchemaConnectorError' }),
      /migrations failed/,
    ],
    [new ConfigError('Invalid setting PORT="x": expected a port number.'), /^Invalid setting PORT/],
    [new EmbeddedPostgresError('The embedded PostgreSQL cannot listen on port 54329.'), /cannot listen on port 54329/],
    [undefined, /unexpected error/],
  ])('%s', (error, sentence) => {
    const text = describeStartupFailure(error, settings);
    expect(text).toMatch(sentence);
    oneSentence(text);
  });
});

describe('startFailure (the embedded server did not start)', () => {
  it.each([
    ['could not bind IPv4 address "127.0.0.1": Address already in use', /cannot listen on port 5555.*EMBEDDED_PG_PORT/],
    ['FATAL:  lock file "postmaster.pid" already exists', /still runs on \/d.*postmaster\.pid/],
    ['FATAL:  pre-existing shared memory block (key 1, ID 2) is still in use', /still hold \/d/],
    ['FATAL:  database files are incompatible with server', /another PostgreSQL version/],
    ['FATAL:  data directory "/d" has invalid permissions', /did not start: FATAL: {2}data directory/],
  ])('%s', (line, sentence) => {
    const text = startFailure(['LOG:  starting PostgreSQL', line], 5555, '/d');
    expect(text).toMatch(sentence);
    oneSentence(text);
  });
});
