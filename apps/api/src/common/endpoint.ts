import {
  applyDecorators,
  type ArgumentMetadata,
  HttpCode,
  type PipeTransform,
  RequestMapping,
  RequestMethod,
  SetMetadata,
  UsePipes,
} from '@nestjs/common';
import type { AnyRoute, ResponseOf, Route } from '@replies/shared';

export const CONTRACT_ROUTE = 'replies:contract-route';

/** What a handler of `R` may return: the contract's response (or nothing, for files sent by hand and 204). */
export type HandlerResult<R extends AnyRoute> = ResponseOf<R> | Promise<ResponseOf<R>>;

/**
 * Parses what a handler receives by its route's schemas: `@Body()` by the body schema, `@Query()` by
 * the query schema, and the path parameters the route narrows (the global RequestInputPipe has already
 * parsed every parameter by PATH_PARAMETERS, the table the contract's parameters come from).
 */
export class ContractPipe implements PipeTransform {
  constructor(private readonly route: AnyRoute) {}

  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    const route = this.route as Route;
    const where = `${route.method} ${route.path}`;
    switch (metadata.type) {
      case 'body':
        if (!route.body || metadata.data)
          throw new Error(`${where}: read the body with @Body(), as the contract declares it.`);
        return route.body.parse(value ?? {});
      case 'query':
        if (!route.query || metadata.data)
          throw new Error(`${where}: read the query with @Query(), as the contract declares it.`);
        return route.query.parse(value ?? {});
      case 'param': {
        const narrowed = metadata.data ? route.narrowed[metadata.data] : undefined;
        return narrowed ? narrowed.parse(value) : value;
      }
      default:
        return value;
    }
  }
}

/**
 * Implements a route of the contract: its method, path and success status, its body and query parsed
 * by the contract's schemas, and, checked at compile time, the handler's return type against the
 * contract's response (a handler returning something else does not compile).
 *
 * @example
 *   @Endpoint(contract.cycles.get)
 *   get(@Cycle() cycle: TCycle): TCycle { return cycle; }
 */
export function Endpoint<R extends AnyRoute>(route: R) {
  const decorate = applyDecorators(
    RequestMapping({ path: route.path, method: RequestMethod[route.method] }),
    HttpCode(route.status),
    SetMetadata(CONTRACT_ROUTE, route),
    UsePipes(new ContractPipe(route)),
  );
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any parameters: only the result is checked
  return <H extends (...args: any[]) => HandlerResult<R>>(
    target: object,
    key: string | symbol,
    descriptor: TypedPropertyDescriptor<H>,
  ): void => {
    decorate(target, key, descriptor);
  };
}
