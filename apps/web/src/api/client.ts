import {
  CSRF_HEADER,
  type TApiError,
  type TAcceptReply,
  type TAttachment,
  type TAuditEvent,
  type TCreateCycle,
  type TCreateInvitations,
  type TCreateOrganization,
  type TCycle,
  type TCycleDashboard,
  type TDecisionRecord,
  type TFocalPointRequest,
  type TInvitation,
  type TLanguage,
  type TReply,
  type TReplyQueueFilter,
  type TReplySummary,
  type TReplyVersionInfo,
  type TReturnReply,
  type TSaveReply,
  type TSaveTranslation,
  type TSendReminders,
  type TSubmitReply,
  type TSubmittedReply,
  type TUpdateCycle,
  type TCreateOffice,
  type TIntroductionDraft,
  type TOffice,
  type TUpdateOffice,
  type TCreateUser,
  type TEntity,
  type TEntityType,
  type TLogin,
  type TLoginResult,
  type TSession,
  type TActivateAccount,
  type TActiveSession,
  type TMailSettings,
  type TMailStatus,
  type TOutboxMail,
  type TPasswordResetAccepted,
  type TPasswordResetConfirm,
  type TRecoveryCodes,
  type TTotpSetup,
  type TUpdateMe,
  type TUpdateEntity,
  type TUpdateUser,
  type TUser,
  type TWithdrawReply,
} from '@replies/shared';

/** Any failed call: an HTTP error with the API's error body, or `status` 0 when the server could not be reached. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly errors: NonNullable<TApiError['errors']>;
  /** With 409 STALE_VERSION: the record as it now stands on the server. */
  readonly current: unknown;

  constructor(status: number, body: TApiError) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.errors = body.errors ?? [];
    this.current = body.current;
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface RequestOptions {
  /** Sent as JSON, or as multipart/form-data when it is a FormData (the browser sets the boundary). */
  body?: unknown;
  query?: Record<string, string | undefined>;
  signal?: AbortSignal;
  /** Calls whose 401 is an expected answer (sign-in, "who am I") and not the end of a session. */
  expectUnauthorized?: boolean;
}

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
  return typeof value === 'object' && value !== null && typeof (value as TApiError).code === 'string';
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

export async function request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const isForm = typeof FormData !== 'undefined' && options.body instanceof FormData;
  if (options.body !== undefined && !isForm) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers[CSRF_HEADER] = csrfToken;

  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(options.query ?? {})) if (value !== undefined) query.set(key, value);
  const search = query.toString();
  const url = `/api${path}${search ? `?${search}` : ''}`;

  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      body: options.body === undefined ? undefined : isForm ? (options.body as FormData) : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, { code: 'NETWORK', message: '' });
  }

  if (response.status === 204) return undefined as T;
  const data = await readJson(response);
  if (!response.ok) {
    const body = isApiErrorBody(data) ? data : { code: `HTTP_${response.status}`, message: '' };
    if (response.status === 401 && !options.expectUnauthorized) unauthorizedListener?.();
    throw new ApiError(response.status, {
      code: body.code,
      message: body.message ?? '',
      errors: body.errors,
      current: body.current,
    });
  }
  return data as T;
}

import type {
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
};

import type { TPublishReportValues as TPublish } from '@replies/shared';
export type { TPublish };

const seg = encodeURIComponent;
const cyclePath = (cycle: string) => `/cycles/${seg(cycle)}`;
const replyPath = (cycle: string, entity: string) => `${cyclePath(cycle)}/replies/${seg(entity)}`;

/** Where the stored original of a reply is downloaded (a plain link: the session cookie goes with it). */
export const originalUrl = (cycle: string, entity: string) => `/api${replyPath(cycle, entity)}/original`;

/** The original file sent with one submitted version of a reply. */
export const versionOriginalUrl = (cycle: string, entity: string, number: number) =>
  `/api${replyPath(cycle, entity)}/versions/${number}/original`;
/** The receipt of the latest submission, as a Word document in `lang` (a plain link, like the original). */
export const receiptUrl = (cycle: string, entity: string, lang: TLanguage) =>
  `/api${replyPath(cycle, entity)}/receipt?lang=${seg(lang)}`;

/**
 * The report compiled in one language and format: a plain link or an iframe's src (same origin, the
 * session cookie goes with it). `download` makes HTML and Markdown download rather than show.
 */
export function reportUrl(
  cycle: string,
  options: { lang: TLanguage; format: TReportFormat; addendum: 0 | 1; download?: boolean },
): string {
  const query = new URLSearchParams({ lang: options.lang, format: options.format, addendum: String(options.addendum) });
  if (options.download) query.set('download', '1');
  return `/api${cyclePath(cycle)}/report?${query.toString()}`;
}

/** A stored compiled version, byte for byte. */
export const compiledReportUrl = (cycle: string, id: string) => `/api${cyclePath(cycle)}/reports/${seg(id)}`;

/** The endpoints of the Replies API, one typed function each. */
export const api = {
  auth: {
    login: (body: TLogin) => request<TLoginResult>('POST', '/auth/login', { body, expectUnauthorized: true }),
    loginTotp: (code: string) =>
      request<TSession>('POST', '/auth/login/totp', { body: { code }, expectUnauthorized: true }),
    me: (signal?: AbortSignal) => request<TSession>('GET', '/auth/me', { signal, expectUnauthorized: true }),
    updateMe: (body: TUpdateMe) => request<TSession>('PATCH', '/auth/me', { body }),
    logout: () => request<void>('POST', '/auth/logout', { expectUnauthorized: true }),
    activate: (body: TActivateAccount) => request<TSession>('POST', '/auth/activate', { body }),
    requestPasswordReset: (email: string) =>
      request<TPasswordResetAccepted>('POST', '/auth/password-reset', { body: { email } }),
    confirmPasswordReset: (body: TPasswordResetConfirm) =>
      request<void>('POST', '/auth/password-reset/confirm', { body }),
    sessions: (signal?: AbortSignal) => request<TActiveSession[]>('GET', '/auth/sessions', { signal }),
    endSession: (id: string) => request<void>('DELETE', `/auth/sessions/${seg(id)}`),
    totpSetup: () => request<TTotpSetup>('POST', '/auth/totp/setup'),
    totpConfirm: (code: string) => request<TRecoveryCodes>('POST', '/auth/totp/confirm', { body: { code } }),
    totpDisable: (code: string) => request<void>('POST', '/auth/totp/disable', { body: { code } }),
  },
  users: {
    list: (signal?: AbortSignal) => request<TUser[]>('GET', '/users', { signal }),
    create: (body: TCreateUser) => request<TUser>('POST', '/users', { body }),
    update: (id: string, body: TUpdateUser) => request<TUser>('PATCH', `/users/${encodeURIComponent(id)}`, { body }),
    resendActivation: (id: string) => request<TUser>('POST', `/users/${seg(id)}/activation`),
    resetTwoFactor: (id: string) => request<TUser>('POST', `/users/${seg(id)}/totp/reset`),
  },
  entities: {
    list: (type?: TEntityType, signal?: AbortSignal) =>
      request<TEntity[]>('GET', '/entities', { query: { type }, signal }),
    create: (body: TCreateOrganization) => request<TEntity>('POST', '/entities', { body }),
    update: (code: string, body: TUpdateEntity) =>
      request<TEntity>('PATCH', `/entities/${encodeURIComponent(code)}`, { body }),
  },
  requests: {
    /** The focal point's requests for views, with the next step of each. */
    list: (signal?: AbortSignal) => request<TFocalPointRequest[]>('GET', '/requests', { signal }),
  },
  offices: {
    list: (signal?: AbortSignal) => request<TOffice[]>('GET', '/offices', { signal }),
    create: (body: TCreateOffice) => request<TOffice>('POST', '/offices', { body }),
    update: (code: string, body: TUpdateOffice) =>
      request<TOffice>('PATCH', `/offices/${encodeURIComponent(code)}`, { body }),
  },
  cycles: {
    list: (signal?: AbortSignal) => request<TCycle[]>('GET', '/cycles', { signal }),
    get: (cycle: string, signal?: AbortSignal) => request<TCycle>('GET', cyclePath(cycle), { signal }),
    create: (body: TCreateCycle) => request<TCycle>('POST', '/cycles', { body }),
    update: (cycle: string, body: TUpdateCycle) => request<TCycle>('PATCH', cyclePath(cycle), { body }),
    changeStatus: (cycle: string, event: 'close' | 'reopen') => request<TCycle>('POST', `${cyclePath(cycle)}/${event}`),
    dashboard: (cycle: string, signal?: AbortSignal) =>
      request<TCycleDashboard>('GET', `${cyclePath(cycle)}/dashboard`, { signal }),
    invitations: (cycle: string, signal?: AbortSignal) =>
      request<TInvitation[]>('GET', `${cyclePath(cycle)}/invitations`, { signal }),
    invite: (cycle: string, body: TCreateInvitations) =>
      request<TInvitationResult>('POST', `${cyclePath(cycle)}/invitations`, { body }),
    remind: (cycle: string, body: TSendReminders) =>
      request<TReminderResult>('POST', `${cyclePath(cycle)}/reminders`, { body }),
    requestText: (cycle: string, lang: TLanguage, entity?: string, signal?: AbortSignal) =>
      request<TRequestText>('GET', `${cyclePath(cycle)}/request`, { query: { lang, entity }, signal }),
  },
  replies: {
    /** The review queue; a focal point gets their own reply only. */
    list: (cycle: string, filter: TReplyQueueFilter = {}, signal?: AbortSignal) =>
      request<TReplySummary[]>('GET', `${cyclePath(cycle)}/replies`, { query: { ...filter }, signal }),
    get: (cycle: string, entity: string, signal?: AbortSignal) =>
      request<TReply>('GET', replyPath(cycle, entity), { signal }),
    save: (cycle: string, entity: string, body: TSaveReply) =>
      request<TReply>('PUT', replyPath(cycle, entity), { body }),
    /** Answers with the reply and the receipt of this submission (reference number, date received). */
    submit: (cycle: string, entity: string, body: TSubmitReply = {}) =>
      request<TSubmittedReply>('POST', `${replyPath(cycle, entity)}/submit`, { body }),
    uploadOriginal: (cycle: string, entity: string, file: File) => {
      const form = new FormData();
      form.append('file', file);
      return request<{ attachment: TAttachment; extractedText: string | null }>(
        'POST',
        `${replyPath(cycle, entity)}/original`,
        { body: form },
      );
    },
  },
  /** The Secretariat's review of one reply (editors and administrators). */
  review: {
    returnReply: (cycle: string, entity: string, body: TReturnReply) =>
      request<TReply>('POST', `${replyPath(cycle, entity)}/return`, { body }),
    accept: (cycle: string, entity: string, body: TAcceptReply) =>
      request<TReply>('POST', `${replyPath(cycle, entity)}/accept`, { body }),
    withdraw: (cycle: string, entity: string, body: TWithdrawReply) =>
      request<TReply>('POST', `${replyPath(cycle, entity)}/withdraw`, { body }),
    saveTranslation: (cycle: string, entity: string, language: TLanguage, body: TSaveTranslation) =>
      request<TReply>('PUT', `${replyPath(cycle, entity)}/translations/${seg(language)}`, { body }),
    versions: (cycle: string, entity: string, signal?: AbortSignal) =>
      request<TReplyVersionInfo[]>('GET', `${replyPath(cycle, entity)}/versions`, { signal }),
    version: (cycle: string, entity: string, number: number, signal?: AbortSignal) =>
      request<TReplyVersion>('GET', `${replyPath(cycle, entity)}/versions/${number}`, { signal }),
    diff: (cycle: string, entity: string, from: number, to: number, lang?: TLanguage, signal?: AbortSignal) =>
      request<TReplyDiff>('GET', `${replyPath(cycle, entity)}/diff`, {
        query: { from: String(from), to: String(to), lang },
        signal,
      }),
    decisions: (cycle: string, entity: string, signal?: AbortSignal) =>
      request<TDecisionRecord[]>('GET', `${replyPath(cycle, entity)}/decisions`, { signal }),
    repetitions: (cycle: string, entity: string, signal?: AbortSignal) =>
      request<TRepetitions>('GET', `${replyPath(cycle, entity)}/repetitions`, { signal }),
  },
  /** The compiled report, its checks, its stored versions and its publication (editors and administrators). */
  report: {
    checks: (cycle: string, lang: TLanguage, addendum: 0 | 1, signal?: AbortSignal) =>
      request<TReportChecks>('GET', `${cyclePath(cycle)}/report/checks`, {
        query: { lang, addendum: String(addendum) },
        signal,
      }),
    /** The introduction's paragraphs in one language: generated, and the editor's own. */
    introduction: (cycle: string, lang: TLanguage, signal?: AbortSignal) =>
      request<TIntroductionDraft>('GET', `${cyclePath(cycle)}/report/introduction`, { query: { lang }, signal }),
    versions: (cycle: string, signal?: AbortSignal) =>
      request<TCompiledReport[]>('GET', `${cyclePath(cycle)}/reports`, { signal }),
    publish: (cycle: string, body: TPublish) =>
      request<TPublishResult>('POST', `${cyclePath(cycle)}/publish`, { body }),
  },
  audit: {
    /** Every change to a cycle, oldest first. */
    cycle: (cycle: string, signal?: AbortSignal) =>
      request<TAuditEvent[]>('GET', `${cyclePath(cycle)}/audit`, { signal }),
  },
  outbox: {
    list: (status?: TMailStatus, signal?: AbortSignal) =>
      request<TOutboxMail[]>('GET', '/outbox', { query: { status }, signal }),
    retry: (id: string) => request<TOutboxMail>('POST', `/outbox/${seg(id)}/retry`),
    cancel: (id: string) => request<TOutboxMail>('POST', `/outbox/${seg(id)}/cancel`),
  },
  mail: {
    settings: (signal?: AbortSignal) => request<TMailSettings>('GET', '/mail/settings', { signal }),
  },
};
