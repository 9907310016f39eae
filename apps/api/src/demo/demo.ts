import { randomBytes } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import {
  LANGUAGES,
  ZCreateCycle,
  awaitsReview,
  todayAt,
  type TCycle,
  type TIsoDate,
  type TLanguage,
  type TReplyState,
  type TSessionUser,
  type TUser,
} from '@replies/shared';
import { secretariatTimeZone } from '../common/dates';
import { CompilationService } from '../modules/compilation/compilation.service';
import { CyclesRepository } from '../modules/cycles/cycles.repository';
import { CyclesService } from '../modules/cycles/cycles.service';
import { EntitiesService } from '../modules/entities/entities.service';
import { InvitationsService } from '../modules/invitations/invitations.service';
import { PublishingService } from '../modules/publishing/publishing.service';
import { RepliesService } from '../modules/replies/replies.service';
import { ReviewService } from '../modules/review/review.service';
import { UsersService } from '../modules/users/users.service';
import { A6599_CYCLE, A6599_REQUESTS_ZH } from './a-65-99';
import { A6599_MANDATE, A6599_MISSING_NAMES, A6599_REQUESTS, A6599_TITLE, OTHER_LANGUAGES } from './a-65-99-languages';
import { a6599DemoReplies } from './a-65-99-replies';
import { CURRENT_REPLIES, DEMO_ACCOUNTS, addDays, currentCycle, type DemoAccount } from './current-cycle';

/** The database already holds cycles: the demonstration is only added to an empty portal. */
export class DemoRefused extends Error {}

export interface DemoOutcome {
  accounts: (DemoAccount & { password: string })[];
  report: {
    symbol: string;
    replies: number;
    published: TLanguage[];
    /** Languages the checks held back, with what they lack. */
    held: { language: TLanguage; missing: string[] }[];
  };
  current: {
    symbol: string;
    invited: number;
    drafts: number;
    submitted: number;
    returned: number;
    accepted: number;
    overLimit: number;
  };
}

const sessionUser = (user: TUser): TSessionUser => ({
  id: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
  entityCode: user.entityCode,
  language: user.language,
  twoFactor: false,
});

/**
 * Fills an empty portal with a demonstration, through the services an editor, an administrator and
 * focal points would use: A/65/99 rebuilt from its replies, accepted, translated and published; a
 * cycle in progress; one account per role, whose passwords are returned to be printed once.
 */
export async function fillDemo(app: INestApplicationContext, options: { today?: TIsoDate } = {}): Promise<DemoOutcome> {
  const cycles = await app.get(CyclesRepository).list();
  if (cycles.length) {
    throw new DemoRefused(
      `This database already holds ${cycles.length === 1 ? 'a reporting cycle' : `${cycles.length} reporting cycles`}: the demonstration is added only to a portal without any, so start it on a fresh database (another REPLIES_DATA_DIR or DATABASE_URL).`,
    );
  }
  const today = options.today ?? todayAt(secretariatTimeZone());
  const { accounts, users } = await createAccounts(app);
  const admin = users.get('demo-admin@replies.localhost')!;
  const editor = users.get('demo-editor@replies.localhost')!;

  for (const [code, names] of Object.entries(A6599_MISSING_NAMES)) {
    await app.get(EntitiesService).update(code, { names }, admin);
  }
  const report = await enterAndPublishA6599(app, editor);
  const current = await enterCurrentCycle(app, editor, users, today);
  return { accounts, report, current };
}

async function createAccounts(app: INestApplicationContext) {
  const service = app.get(UsersService);
  const wanted = [
    ...DEMO_ACCOUNTS.map((account) => ({ ...account, language: 'en' as const })),
    ...CURRENT_REPLIES.flatMap(({ focalPoint, entityCode }) =>
      focalPoint && !DEMO_ACCOUNTS.some((a) => a.email === focalPoint.email)
        ? [{ ...focalPoint, role: 'FOCAL_POINT' as const, entityCode }]
        : [],
    ),
  ];
  const taken = new Set((await service.list()).map((user) => user.email));
  const clash = wanted.find((account) => taken.has(account.email));
  if (clash)
    throw new DemoRefused(`An account ${clash.email} already exists: the demonstration needs a fresh database.`);

  const users = new Map<string, TSessionUser>();
  const accounts: DemoOutcome['accounts'] = [];
  for (const account of wanted) {
    const password = randomBytes(12).toString('base64url');
    const user = await service.create(
      {
        email: account.email,
        name: account.name,
        password,
        role: account.role,
        entityCode: account.entityCode,
        language: account.language,
      },
      null,
    );
    users.set(user.email, sessionUser(user));
    const printed = DEMO_ACCOUNTS.find((a) => a.email === account.email);
    if (printed) accounts.push({ ...printed, password });
  }
  return { accounts, users };
}

async function enterAndPublishA6599(
  app: INestApplicationContext,
  editor: TSessionUser,
): Promise<DemoOutcome['report']> {
  const cycles = app.get(CyclesService);
  let cycle = await cycles.create(
    ZCreateCycle.parse({
      ...A6599_CYCLE,
      title: { ...A6599_CYCLE.title, ...A6599_TITLE },
      mandate: { ...A6599_CYCLE.mandate, ...A6599_MANDATE },
      introduction: {
        en: A6599_CYCLE.introduction.en,
        zh: { requests: A6599_REQUESTS_ZH },
        ...Object.fromEntries(OTHER_LANGUAGES.map((language) => [language, { requests: A6599_REQUESTS[language] }])),
      },
    }),
    editor,
  );
  const replies = app.get(RepliesService);
  const review = app.get(ReviewService);
  const demoReplies = a6599DemoReplies();
  for (const reply of demoReplies) {
    await replies.save(
      cycle,
      reply.entityCode,
      {
        originalLanguage: reply.originalLanguage,
        receivedOn: reply.receivedOn,
        webOnly: reply.decision === 'WEB_ONLY',
        texts: { [reply.originalLanguage]: reply.original },
        version: 0,
      },
      editor,
    );
    await replies.submit(cycle, reply.entityCode, editor);
    await review.accept(cycle, reply.entityCode, { decision: reply.decision }, editor);
    for (const [language, text] of Object.entries(reply.translations)) {
      await review.saveTranslation(cycle, reply.entityCode, language as TLanguage, { ...text, version: 0 }, editor);
    }
  }

  // Publish every language the pre-publication checks find complete; say what holds the others back.
  cycle = await cycles.get(cycle.id, editor);
  const compilation = app.get(CompilationService);
  const published: TLanguage[] = [];
  const held: DemoOutcome['report']['held'] = [];
  for (const language of LANGUAGES) {
    const checks = await compilation.checks(cycle, language, 0);
    const missing = [
      ...checks.missingTranslations.map((m) => `${m.what} of ${m.name}`),
      ...checks.missingCycleFields.map((m) => m.field),
      ...checks.notAccepted.map((m) => `${m.name} not accepted`),
    ];
    if (missing.length) held.push({ language, missing });
    else published.push(language);
  }
  if (published.length) await app.get(PublishingService).publish(cycle, { languages: published, addendum: 0 }, editor);
  return { symbol: cycle.symbol, replies: demoReplies.length, published, held };
}

async function enterCurrentCycle(
  app: INestApplicationContext,
  editor: TSessionUser,
  users: Map<string, TSessionUser>,
  today: TIsoDate,
): Promise<DemoOutcome['current']> {
  const input = ZCreateCycle.parse(currentCycle(today));
  const cycle: TCycle = await app.get(CyclesService).create(input, editor);
  const invitations = app.get(InvitationsService);
  const states = await invitations.invite(cycle, { groups: ['STATE'], sentOn: input.noteVerbaleOn }, editor);
  const organizations = await invitations.invite(
    cycle,
    { groups: ['UN_SYSTEM', 'OTHER'], sentOn: input.orgLettersOn[0] },
    editor,
  );

  const replies = app.get(RepliesService);
  const review = app.get(ReviewService);
  for (const reply of CURRENT_REPLIES) {
    // A focal point writes their own; a reply that came by e-mail is entered by the editor with its date.
    const author = reply.focalPoint ? users.get(reply.focalPoint.email)! : editor;
    const receivedOn = reply.receivedDaysAgo === undefined ? undefined : addDays(today, -reply.receivedDaysAgo);
    await replies.save(
      cycle,
      reply.entityCode,
      {
        originalLanguage: reply.originalLanguage,
        receivedOn,
        texts: { [reply.originalLanguage]: reply.text },
        version: 0,
      },
      author,
    );
    if (reply.stage === 'draft') continue;
    await replies.submit(cycle, reply.entityCode, author);
    if (reply.stage === 'returned')
      await review.returnReply(cycle, reply.entityCode, { comment: reply.comment! }, editor);
    if (reply.stage === 'accepted') await review.accept(cycle, reply.entityCode, { decision: 'FULL' }, editor);
  }
  const queue = await replies.list(cycle, editor);
  const tally = new Map<TReplyState, number>();
  for (const reply of queue) tally.set(reply.status, (tally.get(reply.status) ?? 0) + 1);
  return {
    symbol: cycle.symbol,
    invited: states.invited + organizations.invited,
    drafts: tally.get('DRAFT') ?? 0,
    submitted: tally.get('SUBMITTED') ?? 0,
    returned: tally.get('RETURNED') ?? 0,
    accepted: tally.get('ACCEPTED') ?? 0,
    overLimit: queue.filter((r) => awaitsReview(r.status) && r.overLimit).length,
  };
}
