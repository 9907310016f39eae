import request from 'supertest';
import { startTestApp, type TestApp } from '../setup/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

it('reports ok once the database answers, with a request id', async () => {
  const response = await request(t.http).get('/api/health').expect(200);
  expect(response.body).toEqual({ status: 'ok' });
  expect(response.headers['x-request-id']).toEqual(expect.any(String));
});

it('answers unknown API addresses with the one error body', async () => {
  const response = await request(t.http).get('/api/nothing-here').expect(404);
  expect(response.body).toEqual({ code: 'NOT_FOUND', message: expect.any(String) });
});

it('answers malformed JSON with 400, not a crash', async () => {
  const response = await request(t.http)
    .post('/api/auth/login')
    .set('Content-Type', 'application/json')
    .send('{"email": ')
    .expect(400);
  expect(response.body).toEqual({ code: 'MALFORMED_JSON', message: 'The request body is not valid JSON.' });
});

it('describes the API in OpenAPI at /api/docs', async () => {
  await request(t.http).get('/api/docs').expect(200).expect('Content-Type', /html/);
  const { body } = await request(t.http).get('/api/docs/openapi.json').expect(200);
  expect(Object.keys(body.paths)).toEqual(
    expect.arrayContaining([
      '/api/health',
      '/api/auth/login',
      '/api/auth/logout',
      '/api/auth/me',
      '/api/users',
      '/api/entities',
    ]),
  );
  const createUser = body.paths['/api/users'].post.requestBody.content['application/json'].schema;
  // Without a password the account is invited: the user chooses it from the activation mail.
  expect(createUser.required).toEqual(expect.arrayContaining(['email', 'name', 'role']));
  expect(createUser.required).not.toContain('password');
});

it('sends the usual security headers', async () => {
  const response = await request(t.http).get('/api/health');
  expect(response.headers['content-security-policy']).toContain("default-src 'self'");
  expect(response.headers['x-content-type-options']).toBe('nosniff');
});
