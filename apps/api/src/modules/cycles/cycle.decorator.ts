import { createParamDecorator, type ExecutionContext, Injectable, type PipeTransform } from '@nestjs/common';
import type { TCycle } from '@replies/shared';
import { parsePathParameter } from '../../common/request-pipe';
import type { AuthenticatedRequest, SessionUser } from '../auth/session-user';
import { CyclesService } from './cycles.service';

interface CycleLookup {
  ref: string;
  user: SessionUser;
}

/** Loads the cycle of a lookup for its user: editors and administrators see every cycle, a focal point those their entity is invited to. */
@Injectable()
export class LoadCycle implements PipeTransform<CycleLookup, Promise<TCycle>> {
  constructor(private readonly cycles: CyclesService) {}

  transform({ ref, user }: CycleLookup): Promise<TCycle> {
    return this.cycles.get(ref, user);
  }
}

/** `:cycle` parsed (NUL bytes and shapes refused as for every parameter), with the signed-in user. */
const cycleLookup = createParamDecorator((_: unknown, context: ExecutionContext): CycleLookup => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  return { ref: parsePathParameter('cycle', request.params.cycle) as string, user: request.auth!.user };
});

/**
 * The cycle of the route's `:cycle`, loaded and authorized once for the signed-in user: 404 when it
 * does not exist or, for a focal point, when their entity is not invited to it.
 *
 * @example
 *   @Endpoint(contract.invitations.list)
 *   list(@Cycle() cycle: TCycle) { … }
 */
export const Cycle = () => cycleLookup(undefined, LoadCycle);
