import { contract, operations, ZApiError, type AnyRoute } from '@replies/shared';
import { z } from 'zod';

type JsonSchema = Record<string, unknown>;

const DESCRIPTION =
  'Replies of States and organizations to requests for views of the Secretary-General, their review, and the compiled report. ' +
  'Sign in with POST /api/auth/login; send the returned csrfToken in the X-CSRF-Token header with every state-changing request. ' +
  'Every error answers { code, message, errors? }.';

/**
 * The OpenAPI 3.1 document of the API, generated from the contract (`packages/shared/src/contract`)
 * with zod's own JSON Schema output: every operation with its parameters, body and response. Schemas
 * that carry an id (`.meta({ id: 'Cycle' })`) become shared components.
 */
export function openApiDocument() {
  const components: Record<string, JsonSchema> = {};
  const toSchema = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema => {
    const json = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;
    const { $schema: _, $defs, ...rest } = json as JsonSchema & { $defs?: Record<string, JsonSchema> };
    for (const [id, definition] of Object.entries($defs ?? {})) {
      // A schema with an id reads the same as a request and as a response (no transforms, no defaults).
      if (components[id] && !sameJson(components[id], definition)) throw new Error(`Two schemas have the id ${id}.`);
      components[id] = definition;
    }
    return JSON.parse(JSON.stringify(rest).replaceAll('"#/$defs/', '"#/components/schemas/')) as JsonSchema;
  };

  const paths: Record<string, Record<string, unknown>> = {};
  for (const { id, route } of operations(contract)) {
    const path = `/api${route.path.replace(/:(\w+)/g, '{$1}')}`;
    (paths[path] ??= {})[route.method.toLowerCase()] = {
      operationId: id,
      tags: [id.split('.')[0]],
      summary: route.summary,
      parameters: [...pathParameters(route, toSchema), ...queryParameters(route, toSchema)],
      ...requestBody(route, toSchema),
      responses: {
        [String(route.status)]: successResponse(route, toSchema),
        '4XX': { $ref: '#/components/responses/Error' },
        '5XX': { $ref: '#/components/responses/Error' },
      },
    };
  }
  const error = toSchema(ZApiError, 'output');
  return {
    openapi: '3.1.0',
    info: { title: 'Replies API', version: '1', description: DESCRIPTION },
    paths,
    components: {
      schemas: components,
      responses: {
        Error: { description: 'The error body.', content: { 'application/json': { schema: error } } },
      },
      securitySchemes: { cookie: { type: 'apiKey', in: 'cookie', name: 'replies_session' } },
    },
  };
}

type ToSchema = (schema: z.ZodType, io: 'input' | 'output') => JsonSchema;

function pathParameters(route: AnyRoute, toSchema: ToSchema) {
  return Object.entries(route.params.shape).map(([name, schema]) => ({
    name,
    in: 'path',
    required: true,
    schema: toSchema(schema as z.ZodType, 'input'),
  }));
}

function queryParameters(route: AnyRoute, toSchema: ToSchema) {
  if (!(route.query instanceof z.ZodObject)) return [];
  return Object.entries(route.query.shape).map(([name, field]) => {
    const schema = field as z.ZodType;
    return { name, in: 'query', required: !schema.safeParse(undefined).success, schema: toSchema(schema, 'input') };
  });
}

function requestBody(route: AnyRoute, toSchema: ToSchema) {
  if (route.upload) {
    const schema = { type: 'object', properties: { [route.upload]: { type: 'string', format: 'binary' } } };
    return { requestBody: { required: true, content: { 'multipart/form-data': { schema } } } };
  }
  if (!route.body) return {};
  return {
    requestBody: {
      required: true,
      content: { 'application/json': { schema: toSchema(route.body as z.ZodType, 'input') } },
    },
  };
}

function successResponse(route: AnyRoute, toSchema: ToSchema) {
  const { response } = route;
  if (response instanceof z.ZodType) {
    return { description: 'OK', content: { 'application/json': { schema: toSchema(response, 'output') } } };
  }
  if (response.kind === 'file') {
    const binary = { type: 'string', format: 'binary' };
    return {
      description: response.description,
      content: Object.fromEntries(response.contentTypes.map((type) => [type, { schema: binary }])),
    };
  }
  return { description: 'No content.' };
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
