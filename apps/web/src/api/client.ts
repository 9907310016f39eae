import {
  contract,
  CSRF_HEADER,
  isErrorCode,
  pathOf,
  type AnyRoute,
  type BodyInput,
  type ParamNames,
  type ParamsInput,
  type QueryInput,
  type ResponseOf,
  type TAcceptReply,
  type TActivateAccount,
  type TApiError,
  type TCreateCycle,
  type TCreateInvitations,
  type TCreateOffice,
  type TCreateOrganization,
  type TCreateUser,
  type TEntityType,
  type TErrorCode,
  type TErrorParams,
  type TLanguage,
  type TLogin,
  type TMailStatus,
  type TPasswordResetConfirm,
  type TReplyQueueFilter,
  type TReportFormat,
  type TReturnReply,
  type TSaveReply,
  type TSaveTranslation,
  type TSendReminders,
  type TSubmitReply,
  type TUpdateCycle,
  type TUpdateEntity,
  type TUpdateMe,
  type TUpdateOffice,
  type TUpdateUser,
  type TWithdrawReply,
} from '@replies/shared';
import type { z } from 'zod';

/** An error code of the API, or what the client says when there is none: NETWORK (no answer), HTTP_<status>. */
export type ClientErrorCode = TErrorCode | 'NETWORK' | `HTTP_${number}`;

/** Any failed call: an HTTP error with the API's error body, or `status` 0 when the server could not be reached. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ClientErrorCode;
  /** The values of the code's message (`{{seconds}}`). */
  readonly params: TErrorParams;
  readonly errors: NonNullable<TApiError['errors']>;
  /** With 409 STALE_VERSION: the record as it now stands on the server. */
  readonly current: unknown;

  constructor(status: number, body: Omit<TApiError, 'code'> & { code: ClientErrorCode }) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.params = body.params ?? {};
    this.errors = body.errors ?? [];
    this.current = body.current;
  }
}

interface CallOptions {
  signal?: AbortSignal;
  /** Calls whose 401 is an expected answer (sign-in, "who am I") and not the end of a session. */
  expectUnauthorized?: boolean;
}

/** What a call of `R` takes besides the signal: its path parameters, query and body, each as the contract types them. */
type CallInput<R extends AnyRoute> = CallOptions &
  ([ParamNames<R['path']>] extends [never] ? { params?: undefined } : { params: ParamsInput<R> }) &
  (R['query'] extends z.ZodType ? { query?: QueryInput<R> } : { query?: undefined }) &
  (R['body'] extends z.ZodType ? { body: BodyInput<R> } : { body?: undefined }) &
  (R['upload'] extends string ? { form: FormData } : { form?: undefined });

let csrfToken: string | null = null;
let unauthorizedListener: (() => void) | null = null;

/** The token of the current session, sent back on every state-changing request. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when the API answers 401 to a signed-in call: the session has ended on the server. */
export function onUnauthorized(listener: (() => void) | null): void {
  unauthorizedListener = listener;
}

function isApiErrorBody(value: unknown): value is TApiError {
  return typeof value === 'object' && value !== null && isErrorCode((value as TApiError).code);
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * Calls one route of the contract: its address built from the contract's path and the parameters,
 * the query and body as the contract types them, and its answer typed as the contract's response.
 */
export async function call<R extends AnyRoute>(route: R, input: CallInput<R>): Promise<ResponseOf<R>> {
  const method = route.method;
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (input.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers[CSRF_HEADER] = csrfToken;

  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(input.query ?? {})) {
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- the contract's query values are scalars
    if (value !== undefined) query.set(key, String(value));
  }
  const search = query.toString();
  const url = `${pathOf(route, (input.params ?? {}) as ParamsInput<R>)}${search ? `?${search}` : ''}`;

  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      body: input.form ?? (input.body === undefined ? undefined : JSON.stringify(input.body)),
      credentials: 'same-origin',
      signal: input.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, { code: 'NETWORK', message: '' });
  }

  if (response.status === 204) return undefined as ResponseOf<R>;
  const data = await readJson(response);
  if (!response.ok) {
    if (response.status === 401 && !input.expectUnauthorized) unauthorizedListener?.();
    if (isApiErrorBody(data)) throw new ApiError(response.status, { ...data, message: data.message ?? '' });
    throw new ApiError(response.status, { code: `HTTP_${response.status}`, message: '' });
  }
  return data as ResponseOf<R>;
}

export type {
  TRequestText,
  TInvitationResult,
  TReminderResult,
  TReportFormat,
  TReportChecks,
  TCompiledReport,
  TPublishResult,
  TReplyDiff,
  TReplyVersion,
  TRepetitions,
  TStoredTranslation,
} from '@replies/shared';

import type { TPublishReportValues as TPublish } from '@replies/shared';
export type { TPublish };

const routes = contract;

/** Where the stored original of a reply is downloaded (a plain link: the session cookie goes with it). */
export const originalUrl = (cycle: string, entity: string) => pathOf(routes.replies.original, { cycle, entity });

/** The original file sent with one submitted version of a reply. */
export const versionOriginalUrl = (cycle: string, entity: string, number: number) =>
  pathOf(routes.replies.versionOriginal, { cycle, entity, number });
/** The receipt of the latest submission, as a Word document in `lang` (a plain link, like the original). */
export const receiptUrl = (cycle: string, entity: string, lang: TLanguage) =>
  `${pathOf(routes.replies.receipt, { cycle, entity })}?${new URLSearchParams({ lang }).toString()}`;

/**
 * The report compiled in one language and format: a plain link or an iframe's src (same origin, the
 * session cookie goes with it). `download` makes HTML and Markdown download rather than show.
 */
export function reportUrl(
  cycle: string,
  options: { lang: TLanguage; format: TReportFormat; addendum: 0 | 1; download?: boolean },
): string {
  const query: QueryInput<typeof routes.compilation.report> = {
    lang: options.lang,
    format: options.format,
    addendum: options.addendum === 1 ? '1' : '0',
  };
  if (options.download) query.download = '1';
  return `${pathOf(routes.compilation.report, { cycle })}?${new URLSearchParams(query).toString()}`;
}

/** A stored compiled version, byte for byte. */
export const compiledReportUrl = (cycle: string, id: string) => pathOf(routes.compilation.version, { cycle, id });

/** The endpoints of the Replies API, one function each, typed by the contract (`packages/shared/src/contract`). */
export const api = {
  auth: {
    login: (body: TLogin) => call(routes.auth.login, { body, expectUnauthorized: true }),
    loginTotp: (code: string) => call(routes.auth.loginTotp, { body: { code }, expectUnauthorized: true }),
    me: (signal?: AbortSignal) => call(routes.auth.me, { signal, expectUnauthorized: true }),
    updateMe: (body: TUpdateMe) => call(routes.auth.updateMe, { body }),
    logout: () => call(routes.auth.logout, { expectUnauthorized: true }),
    activate: (body: TActivateAccount) => call(routes.auth.activate, { body }),
    requestPasswordReset: (email: string) => call(routes.auth.requestPasswordReset, { body: { email } }),
    confirmPasswordReset: (body: TPasswordResetConfirm) => call(routes.auth.confirmPasswordReset, { body }),
    sessions: (signal?: AbortSignal) => call(routes.auth.sessions, { signal }),
    endSession: (id: string) => call(routes.auth.endSession, { params: { id } }),
    totpSetup: () => call(routes.auth.totpSetup, {}),
    totpConfirm: (code: string) => call(routes.auth.totpConfirm, { body: { code } }),
    totpDisable: (code: string) => call(routes.auth.totpDisable, { body: { code } }),
  },
  users: {
    list: (signal?: AbortSignal) => call(routes.users.list, { signal }),
    create: (body: TCreateUser) => call(routes.users.create, { body }),
    update: (id: string, body: TUpdateUser) => call(routes.users.update, { params: { id }, body }),
    resendActivation: (id: string) => call(routes.users.resendActivation, { params: { id } }),
    resetTwoFactor: (id: string) => call(routes.users.resetTwoFactor, { params: { id } }),
  },
  entities: {
    list: (type?: TEntityType, signal?: AbortSignal) => call(routes.entities.list, { query: { type }, signal }),
    create: (body: TCreateOrganization) => call(routes.entities.create, { body }),
    update: (code: string, body: TUpdateEntity) => call(routes.entities.update, { params: { code }, body }),
  },
  requests: {
    /** The focal point's requests for views, with the next step of each. */
    list: (signal?: AbortSignal) => call(routes.requests.list, { signal }),
  },
  offices: {
    list: (signal?: AbortSignal) => call(routes.offices.list, { signal }),
    create: (body: TCreateOffice) => call(routes.offices.create, { body }),
    update: (code: string, body: TUpdateOffice) => call(routes.offices.update, { params: { code }, body }),
  },
  cycles: {
    list: (signal?: AbortSignal) => call(routes.cycles.list, { signal }),
    get: (cycle: string, signal?: AbortSignal) => call(routes.cycles.get, { params: { cycle }, signal }),
    create: (body: TCreateCycle) => call(routes.cycles.create, { body }),
    update: (cycle: string, body: TUpdateCycle) => call(routes.cycles.update, { params: { cycle }, body }),
    changeStatus: (cycle: string, event: 'close' | 'reopen') => call(routes.cycles[event], { params: { cycle } }),
    dashboard: (cycle: string, signal?: AbortSignal) =>
      call(routes.invitations.dashboard, { params: { cycle }, signal }),
    invitations: (cycle: string, signal?: AbortSignal) => call(routes.invitations.list, { params: { cycle }, signal }),
    invite: (cycle: string, body: TCreateInvitations) => call(routes.invitations.invite, { params: { cycle }, body }),
    remind: (cycle: string, body: TSendReminders) => call(routes.invitations.remind, { params: { cycle }, body }),
    /** The note verbale or letter, in English or Chinese. */
    requestText: (cycle: string, lang: 'en' | 'zh', entity?: string, signal?: AbortSignal) =>
      call(routes.invitations.requestText, { params: { cycle }, query: { lang, entity }, signal }),
  },
  replies: {
    /** The review queue; a focal point gets their own reply only. */
    list: (cycle: string, filter: TReplyQueueFilter = {}, signal?: AbortSignal) =>
      call(routes.replies.list, { params: { cycle }, query: filter, signal }),
    get: (cycle: string, entity: string, signal?: AbortSignal) =>
      call(routes.replies.get, { params: { cycle, entity }, signal }),
    save: (cycle: string, entity: string, body: TSaveReply) =>
      call(routes.replies.save, { params: { cycle, entity }, body }),
    /** Answers with the reply and the receipt of this submission (reference number, date received). */
    submit: (cycle: string, entity: string, body: TSubmitReply = {}) =>
      call(routes.replies.submit, { params: { cycle, entity }, body }),
    uploadOriginal: (cycle: string, entity: string, file: File) => {
      const form = new FormData();
      form.append(routes.replies.uploadOriginal.upload, file);
      return call(routes.replies.uploadOriginal, { params: { cycle, entity }, form });
    },
  },
  /** The Secretariat's review of one reply (editors and administrators). */
  review: {
    returnReply: (cycle: string, entity: string, body: TReturnReply) =>
      call(routes.review.returnReply, { params: { cycle, entity }, body }),
    accept: (cycle: string, entity: string, body: TAcceptReply) =>
      call(routes.review.accept, { params: { cycle, entity }, body }),
    withdraw: (cycle: string, entity: string, body: TWithdrawReply) =>
      call(routes.review.withdraw, { params: { cycle, entity }, body }),
    saveTranslation: (cycle: string, entity: string, lang: TLanguage, body: TSaveTranslation) =>
      call(routes.review.saveTranslation, { params: { cycle, entity, lang }, body }),
    versions: (cycle: string, entity: string, signal?: AbortSignal) =>
      call(routes.review.versions, { params: { cycle, entity }, signal }),
    version: (cycle: string, entity: string, number: number, signal?: AbortSignal) =>
      call(routes.review.version, { params: { cycle, entity, number }, signal }),
    diff: (cycle: string, entity: string, from: number, to: number, lang?: TLanguage, signal?: AbortSignal) =>
      call(routes.review.diff, {
        params: { cycle, entity },
        query: { from: String(from), to: String(to), lang },
        signal,
      }),
    decisions: (cycle: string, entity: string, signal?: AbortSignal) =>
      call(routes.review.decisions, { params: { cycle, entity }, signal }),
    repetitions: (cycle: string, entity: string, signal?: AbortSignal) =>
      call(routes.review.repetitions, { params: { cycle, entity }, signal }),
  },
  /** The compiled report, its checks, its stored versions and its publication (editors and administrators). */
  report: {
    checks: (cycle: string, lang: TLanguage, addendum: 0 | 1, signal?: AbortSignal) =>
      call(routes.compilation.checks, {
        params: { cycle },
        query: { lang, addendum: addendum === 1 ? '1' : '0' },
        signal,
      }),
    /** The introduction's paragraphs in one language: generated, and the editor's own. */
    introduction: (cycle: string, lang: TLanguage, signal?: AbortSignal) =>
      call(routes.compilation.introduction, { params: { cycle }, query: { lang }, signal }),
    versions: (cycle: string, signal?: AbortSignal) => call(routes.compilation.versions, { params: { cycle }, signal }),
    publish: (cycle: string, body: TPublish) => call(routes.publishing.publish, { params: { cycle }, body }),
  },
  audit: {
    /** Every change to a cycle, oldest first. */
    cycle: (cycle: string, signal?: AbortSignal) => call(routes.audit.cycle, { params: { cycle }, signal }),
  },
  outbox: {
    list: (status?: TMailStatus, signal?: AbortSignal) => call(routes.outbox.list, { query: { status }, signal }),
    retry: (id: string) => call(routes.outbox.retry, { params: { id } }),
    cancel: (id: string) => call(routes.outbox.cancel, { params: { id } }),
  },
  mail: {
    settings: (signal?: AbortSignal) => call(routes.mail.settings, { signal }),
  },
};
