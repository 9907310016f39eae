import { Body, Controller, Param, Query } from '@nestjs/common';
import { contract, type BodyOf, type ParamsOf, type QueryOf, type TCycle } from '@replies/shared';
import { Endpoint } from '../../common/endpoint';
import { CurrentUser, Roles } from '../auth/decorators';
import type { SessionUser } from '../auth/session-user';
import { Cycle } from '../cycles/cycle.decorator';
import { ReviewService } from './review.service';

const routes = contract.review;

@Controller()
export class ReviewController {
  constructor(private readonly review: ReviewService) {}

  @Endpoint(routes.returnReply)
  @Roles('EDITOR', 'ADMIN')
  returnReply(
    @Cycle() cycle: TCycle,
    @Param('entity') entity: string,
    @Body() body: BodyOf<typeof routes.returnReply>,
    @CurrentUser() user: SessionUser,
  ) {
    return this.review.returnReply(cycle, entity, body, user);
  }

  @Endpoint(routes.accept)
  @Roles('EDITOR', 'ADMIN')
  accept(
    @Cycle() cycle: TCycle,
    @Param('entity') entity: string,
    @Body() body: BodyOf<typeof routes.accept>,
    @CurrentUser() user: SessionUser,
  ) {
    return this.review.accept(cycle, entity, body, user);
  }

  @Endpoint(routes.withdraw)
  @Roles('EDITOR', 'ADMIN')
  withdraw(
    @Cycle() cycle: TCycle,
    @Param('entity') entity: string,
    @Body() body: BodyOf<typeof routes.withdraw>,
    @CurrentUser() user: SessionUser,
  ) {
    return this.review.withdraw(cycle, entity, body, user);
  }

  @Endpoint(routes.saveTranslation)
  @Roles('EDITOR', 'ADMIN')
  translate(
    @Cycle() cycle: TCycle,
    @Param('entity') entity: string,
    @Param('lang') lang: ParamsOf<typeof routes.saveTranslation>['lang'],
    @Body() body: BodyOf<typeof routes.saveTranslation>,
    @CurrentUser() user: SessionUser,
  ) {
    return this.review.saveTranslation(cycle, entity, lang, body, user);
  }

  @Endpoint(routes.versions)
  versions(@Cycle() cycle: TCycle, @Param('entity') entity: string, @CurrentUser() user: SessionUser) {
    return this.review.versions(cycle, entity, user);
  }

  @Endpoint(routes.version)
  version(
    @Cycle() cycle: TCycle,
    @Param('entity') entity: string,
    @Param('number') number: number,
    @CurrentUser() user: SessionUser,
  ) {
    return this.review.version(cycle, entity, number, user);
  }

  @Endpoint(routes.diff)
  diff(
    @Cycle() cycle: TCycle,
    @Param('entity') entity: string,
    @Query() query: QueryOf<typeof routes.diff>,
    @CurrentUser() user: SessionUser,
  ) {
    return this.review.diff(cycle, entity, query.from, query.to, query.lang, user);
  }

  @Endpoint(routes.decisions)
  @Roles('EDITOR', 'ADMIN')
  decisions(@Cycle() cycle: TCycle, @Param('entity') entity: string, @CurrentUser() user: SessionUser) {
    return this.review.decisions(cycle, entity, user);
  }

  @Endpoint(routes.repetitions)
  @Roles('EDITOR', 'ADMIN')
  repetitions(@Cycle() cycle: TCycle, @Param('entity') entity: string, @CurrentUser() user: SessionUser) {
    return this.review.repetitions(cycle, entity, user);
  }
}
