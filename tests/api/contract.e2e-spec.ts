import { contract, operations, OUTSIDE_THE_CONTRACT } from '@replies/shared';
import request from 'supertest';
import { startTestApp, type TestApp } from '../setup/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
}

/** Every route the Nest application registered on Express, as `GET /api/cycles/:cycle`. */
function registeredRoutes(): string[] {
  const express = t.app.getHttpAdapter().getInstance() as { router: { stack: Layer[] } };
  return express.router.stack.flatMap((layer) =>
    layer.route
      ? Object.keys(layer.route.methods)
          .filter((method) => method !== '_all')
          .map((method) => `${method.toUpperCase()} ${layer.route!.path}`)
      : [],
  );
}

const declared = operations(contract).map(({ route }) => `${route.method} /api${route.path}`);
const outside = OUTSIDE_THE_CONTRACT.map(({ method, path }) => `${method} ${path}`);

/** The API's own routes: under /api, but not the OpenAPI document and its viewer. */
const isApi = (route: string) => / \/api\//.test(route) && !/ \/api\/docs/.test(route);

describe('the contract', () => {
  it('has every route the API registers, and the API implements every route of the contract', () => {
    const registered = registeredRoutes().filter(isApi);
    expect([...registered].sort()).toEqual([...declared].sort());
  });

  it('lists every page served outside the API that it leaves out', () => {
    // The global prefix's exclusions register each excluded path for every method: the pages are GET
    // routes, and the sign-in pages' forms are posted to their own addresses.
    const pages = registeredRoutes().filter((route) => !isApi(route) && !/ \/api\b/.test(route));
    const served = pages.filter(
      (route) => (route.startsWith('GET ') || /^POST \/login(\/|$)/.test(route)) && !route.includes('{*path}'),
    );
    expect([...new Set(served)].sort()).toEqual([...outside].sort());
  });

  it('declares each route once', () => {
    expect(new Set(declared).size).toBe(declared.length);
  });
});

describe('the OpenAPI document generated from the contract', () => {
  let document: {
    paths: Record<string, Record<string, Operation>>;
    components: { schemas: Record<string, unknown> };
  };
  interface Operation {
    operationId: string;
    parameters: { name: string; in: string; schema: object }[];
    requestBody?: { content: Record<string, { schema: object }> };
    responses: Record<string, { content?: Record<string, { schema?: object }>; $ref?: string }>;
  }
  const allOperations = () =>
    Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
    );

  beforeAll(async () => {
    document = (await request(t.http).get('/api/docs/openapi.json').expect(200)).body as typeof document;
  });

  it('describes every route of the contract, once', () => {
    const described = allOperations().map(({ path, method }) => `${method.toUpperCase()} ${path}`);
    const expected = operations(contract).map(
      ({ route }) => `${route.method} /api${route.path.replace(/:(\w+)/g, '{$1}')}`,
    );
    expect(described.sort()).toEqual(expected.sort());
  });

  it('gives every operation a schema for its response (files: their media types; 204: none)', () => {
    for (const { path, method, operation } of allOperations()) {
      const success = Object.entries(operation.responses).filter(([status]) => /^2\d\d$/.test(status));
      expect([path, method, success.length]).toEqual([path, method, 1]);
      const [status, response] = success[0];
      if (status === '204') {
        expect(response.content).toBeUndefined();
        continue;
      }
      const contents = Object.values(response.content ?? {});
      expect([path, method, contents.length > 0]).toEqual([path, method, true]);
      for (const content of contents)
        expect([path, method, content.schema]).toEqual([path, method, expect.any(Object)]);
      expect(operation.responses['4XX']).toEqual({ $ref: '#/components/responses/Error' });
    }
  });

  it('describes path parameters, queries and bodies', () => {
    const save = document.paths['/api/cycles/{cycle}/replies/{entity}'].put;
    expect(save.parameters.map((p) => `${p.in}:${p.name}`)).toEqual(['path:cycle', 'path:entity']);
    expect(save.requestBody?.content['application/json'].schema).toMatchObject({
      type: 'object',
      required: expect.arrayContaining(['originalLanguage', 'texts', 'version']),
    });
    const report = document.paths['/api/cycles/{cycle}/report'].get;
    expect(report.parameters.map((p) => `${p.in}:${p.name}`)).toEqual(
      expect.arrayContaining(['query:lang', 'query:format', 'query:addendum']),
    );
    const get = document.paths['/api/cycles/{cycle}/replies/{entity}'].get;
    expect(get.responses['200'].content?.['application/json'].schema).toEqual({ $ref: '#/components/schemas/Reply' });
    expect(document.components.schemas.Reply).toMatchObject({
      type: 'object',
      properties: expect.objectContaining({ status: expect.any(Object), texts: expect.any(Object) }),
    });
  });

  it('names every operation after its place in the contract', () => {
    const ids = allOperations().map(({ operation }) => operation.operationId);
    expect(ids).toEqual(expect.arrayContaining(['cycles.get', 'replies.save', 'review.accept', 'auth.login']));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
