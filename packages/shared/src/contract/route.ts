import { z } from 'zod';
import { isPathParameter, PATH_PARAMETERS, type PathParameterName } from './path-parameters';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A response sent as it is, not as JSON: a file (DOCX, PDF, a spreadsheet) or a compiled document. */
export interface FileResponse {
  kind: 'file';
  contentTypes: readonly string[];
  description: string;
}
/** 204: nothing in the body. */
export interface NoContent {
  kind: 'none';
}
export type ResponseSpec = z.ZodType | FileResponse | NoContent;

export const fileResponse = (description: string, ...contentTypes: string[]): FileResponse => ({
  kind: 'file',
  contentTypes,
  description,
});
export const NO_CONTENT: NoContent = { kind: 'none' };

/** `/cycles/:cycle/replies/:entity` → `'cycle' | 'entity'`. */
export type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

type ParamShape<P extends string, N> = {
  [K in ParamNames<P>]: K extends keyof N
    ? Extract<N[K], z.ZodType>
    : K extends PathParameterName
      ? (typeof PATH_PARAMETERS)[K]
      : z.ZodNever;
};

/** One route of the API: everything a server, a client and the OpenAPI document need to agree on. */
export interface Route<
  P extends string = string,
  Params extends z.ZodObject = z.ZodObject,
  Q extends z.ZodType | undefined = z.ZodType | undefined,
  B extends z.ZodType | undefined = z.ZodType | undefined,
  R extends ResponseSpec = ResponseSpec,
  U extends string | undefined = string | undefined,
> {
  method: HttpMethod;
  /** Under /api, with `:name` for each path parameter. */
  path: P;
  summary: string;
  /** The success status: 200 unless given (201 for a creation, 204 for no content). */
  status: number;
  params: Params;
  /** Path parameters this route narrows beyond the table (parsed after it), e.g. an enum of file names. */
  narrowed: Record<string, z.ZodType>;
  query: Q;
  body: B;
  /** A multipart upload: the name of its file field. */
  upload: U;
  response: R;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- every route, whatever its query and body schemas
export type AnyRoute = Route<string, z.ZodObject, any, any, ResponseSpec>;

type RouteInput<P extends string, Q, B, R, N, U> = {
  method: HttpMethod;
  path: P;
  summary: string;
  status?: number;
  query?: Q;
  body?: B;
  upload?: U;
  response: R;
  params?: N;
};

/** Refuses, at compile time, a path whose `:name` has no schema in PATH_PARAMETERS. */
type KnownParams<P extends string> = [Exclude<ParamNames<P>, PathParameterName>] extends [never]
  ? unknown
  : { path: `no schema in PATH_PARAMETERS for :${Exclude<ParamNames<P>, PathParameterName>}` };

/** Declares a route; its path parameters' schemas come from PATH_PARAMETERS (or `params`, which narrows them). */
export function route<
  const P extends string,
  R extends ResponseSpec,
  Q extends z.ZodObject | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
  N extends Partial<Record<ParamNames<P>, z.ZodType>> = Record<never, never>,
  const U extends string | undefined = undefined,
>(definition: RouteInput<P, Q, B, R, N, U> & KnownParams<P>): Route<P, z.ZodObject<ParamShape<P, N>>, Q, B, R, U> {
  const names = [...definition.path.matchAll(/:(\w+)/g)].map((match) => match[1]);
  const narrowed = (definition.params ?? {}) as Record<string, z.ZodType>;
  const shape: Record<string, z.ZodType> = {};
  for (const name of names) {
    if (!isPathParameter(name)) throw new Error(`${definition.path}: no schema in PATH_PARAMETERS for :${name}`);
    shape[name] = narrowed[name] ?? PATH_PARAMETERS[name];
  }
  return {
    method: definition.method,
    path: definition.path,
    summary: definition.summary,
    status: definition.status ?? (definition.response === NO_CONTENT ? 204 : 200),
    params: z.object(shape) as z.ZodObject<ParamShape<P, N>>,
    narrowed,
    query: definition.query as Q,
    body: definition.body as B,
    upload: definition.upload as U,
    response: definition.response,
  };
}

/** What the handler returns and the client receives: the response's type, or nothing for files and 204. */
export type ResponseOf<R extends AnyRoute> = R['response'] extends z.ZodType ? z.output<R['response']> : void;
/** The body as the handler receives it (parsed) and as a client sends it. */
export type BodyOf<R extends AnyRoute> = R['body'] extends z.ZodType ? z.output<R['body']> : never;
export type BodyInput<R extends AnyRoute> = R['body'] extends z.ZodType ? z.input<R['body']> : never;
/** The query as the handler receives it (parsed) and as a client sends it. */
export type QueryOf<R extends AnyRoute> = R['query'] extends z.ZodType ? z.output<R['query']> : never;
export type QueryInput<R extends AnyRoute> = R['query'] extends z.ZodType ? z.input<R['query']> : never;
/** Path parameters as the handler receives them (parsed). */
export type ParamsOf<R extends AnyRoute> = z.output<R['params']>;
/** Path parameters as a client writes them into the address. */
export type ParamsInput<R extends AnyRoute> = { [K in ParamNames<R['path']>]: string | number };

/** The route's address with its parameters filled in (each %-encoded), under /api. */
export function pathOf<R extends AnyRoute>(route: R, params: ParamsInput<R>): string {
  const values = params as Record<string, string | number>;
  return `/api${route.path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(String(values[name])))}`;
}

/** A group of routes (one domain), or the whole contract: groups of routes. */
export type RouteGroup = Record<string, AnyRoute>;

/** Every route of a contract with its operation id (`cycles.get`). */
export function operations(contract: Record<string, RouteGroup>): { id: string; route: AnyRoute }[] {
  return Object.entries(contract).flatMap(([group, routes]) =>
    Object.entries(routes).map(([name, route]) => ({ id: `${group}.${name}`, route })),
  );
}
