import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { ApiErrorFilter } from './common/error.filter';
import { RequestInputPipe } from './common/request-pipe';
import { DatabaseModule } from './database/database.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuditTrailModule } from './modules/audit/audit-trail.module';
import { AuthModule } from './modules/auth/auth.module';
import { EntitiesModule } from './modules/entities/entities.module';
import { ExportsModule } from './modules/exports/exports.module';
import { CompilationModule } from './modules/compilation/compilation.module';
import { CyclesModule } from './modules/cycles/cycles.module';
import { HealthModule } from './modules/health/health.module';
import { InvitationsModule } from './modules/invitations/invitations.module';
import { MailModule } from './modules/mail/mail.module';
import { OfficesModule } from './modules/offices/offices.module';
import { PublishingModule } from './modules/publishing/publishing.module';
import { RepliesModule } from './modules/replies/replies.module';
import { ReviewModule } from './modules/review/review.module';
import { UsersModule } from './modules/users/users.module';
import { WorkersModule } from './workers/workers.module';

@Module({
  imports: [
    WorkersModule,
    AuditModule,
    MailModule,
    AuthModule,
    HealthModule,
    UsersModule,
    EntitiesModule,
    OfficesModule,
    CyclesModule,
    InvitationsModule,
    RepliesModule,
    ReviewModule,
    AuditTrailModule,
    CompilationModule,
    PublishingModule,
    ExportsModule,
  ],
  providers: [
    { provide: APP_FILTER, useClass: ApiErrorFilter },
    // Every argument of every handler goes through it first: text checks, path parameters by schema.
    { provide: APP_PIPE, useClass: RequestInputPipe },
  ],
})
export class AppModule {
  /** The whole application on the database of `databaseUrl` (resolved by `main.ts`, or a test's own copy). */
  static forDatabase(databaseUrl: string): DynamicModule {
    return { module: AppModule, imports: [DatabaseModule.forUrl(databaseUrl)] };
  }
}
