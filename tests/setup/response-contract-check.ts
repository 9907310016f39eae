import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { AnyRoute } from '@replies/shared';
import { map } from 'rxjs';
import { z } from 'zod';
import { CONTRACT_ROUTE } from '../../apps/api/src/common/endpoint';

/**
 * In the API tests, every JSON answer of a route of the contract is read with the route's response
 * schema before it leaves: an answer that does not match its schema (a field missing, a Date where the
 * contract says string) is a 500 that names the route and the field, so the contract cannot lie.
 */
@Injectable()
export class ResponseContractCheck implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler) {
    const route = Reflect.getMetadata(CONTRACT_ROUTE, context.getHandler()) as AnyRoute | undefined;
    const schema = route?.response;
    if (!route || !(schema instanceof z.ZodType)) return next.handle();
    return next.handle().pipe(
      map((value: unknown) => {
        const result = schema.safeParse(value);
        if (result.success) return value;
        const problem = `${route.method} ${route.path} answered outside its contract: ${z.prettifyError(result.error)}`;
        console.error(problem);
        throw new Error(problem);
      }),
    );
  }
}
