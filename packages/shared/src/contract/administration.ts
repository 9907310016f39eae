import { z } from 'zod';
import { ZCreateOrganization, ZEntity, ZEntityQuery, ZUpdateEntity } from '../entities';
import { ZMailSettings, ZMailStatus, ZOutboxMail } from '../mail';
import { ZCreateOffice, ZOffice, ZUpdateOffice } from '../offices';
import { ZBigIdText, ZWholeNumberText } from '../parameters';
import { ZHealth } from '../responses';
import { ZAuditEvent } from '../review';
import { ZCreateUser, ZUpdateUser, ZUser } from '../users';
import { route } from './route';

/** Accounts, reference data, the outbox, the audit trail and the health check. */

export const users = {
  list: route({ method: 'GET', path: '/users', summary: 'All accounts (administrators).', response: z.array(ZUser) }),
  create: route({
    method: 'POST',
    path: '/users',
    status: 201,
    summary:
      'Create an account; focal points are bound to one entity. Without a password the account is invited and the user gets a one-time activation link by mail. Editors may invite focal points only. 409 when the e-mail is taken.',
    body: ZCreateUser,
    response: ZUser,
  }),
  update: route({
    method: 'PATCH',
    path: '/users/:id',
    summary: 'Change name, role, entity or password, or disable/enable an account.',
    body: ZUpdateUser,
    response: ZUser,
  }),
  resendActivation: route({
    method: 'POST',
    path: '/users/:id/activation',
    summary: 'Send an invited user a new activation link (editors: for focal points).',
    response: ZUser,
  }),
  resetTwoFactor: route({
    method: 'POST',
    path: '/users/:id/totp/reset',
    summary: "Clear a user's second factor (lost phone) and end their sessions; audited.",
    response: ZUser,
  }),
};

export const entities = {
  list: route({
    method: 'GET',
    path: '/entities',
    summary: 'States and organizations with their names in the six languages, in English alphabetical order.',
    query: ZEntityQuery,
    response: z.array(ZEntity),
  }),
  get: route({ method: 'GET', path: '/entities/:code', summary: 'One State or organization.', response: ZEntity }),
  create: route({
    method: 'POST',
    path: '/entities',
    status: 201,
    summary: 'Add an international organization (administrators). 409 when the code exists.',
    body: ZCreateOrganization,
    response: ZEntity,
  }),
  update: route({
    method: 'PATCH',
    path: '/entities/:code',
    summary: "Complete or correct an entity's names, or move an organization between groups (administrators).",
    body: ZUpdateEntity,
    response: ZEntity,
  }),
};

export const offices = {
  list: route({
    method: 'GET',
    path: '/offices',
    summary: 'The Secretariat offices that compile reports, with their names in six languages and website.',
    response: z.array(ZOffice),
  }),
  create: route({
    method: 'POST',
    path: '/offices',
    status: 201,
    summary: 'Add an office (administrators). 409 when the code exists.',
    body: ZCreateOffice,
    response: ZOffice,
  }),
  update: route({
    method: 'PATCH',
    path: '/offices/:code',
    summary: "Complete or correct an office's names or website (administrators).",
    body: ZUpdateOffice,
    response: ZOffice,
  }),
};

export const ZOutboxQuery = z.object({
  cycleId: z.uuid({ error: 'cycleId is the id of a cycle.' }).optional(),
  status: ZMailStatus.optional(),
});

export const outbox = {
  list: route({
    method: 'GET',
    path: '/outbox',
    summary:
      "Every mail, newest first, with its state: PENDING (queued), SENT (with the server's message id), FAILED (with the reason), HELD (no mail server), CANCELLED.",
    query: ZOutboxQuery,
    response: z.array(ZOutboxMail),
  }),
  retry: route({
    method: 'POST',
    path: '/outbox/:id/retry',
    summary: 'Send a failed (or cancelled, or held) mail again. 409 without a mail server.',
    response: ZOutboxMail,
  }),
  cancel: route({
    method: 'POST',
    path: '/outbox/:id/cancel',
    summary: 'Cancel a mail that has not left yet; 409 once it was sent.',
    response: ZOutboxMail,
  }),
};

export const mail = {
  settings: route({
    method: 'GET',
    path: '/mail/settings',
    summary: 'Whether mail leaves the portal (SMTP_URL is set) or is only kept in the outbox.',
    response: ZMailSettings,
  }),
};

export const ZAuditQuery = z.object({
  /** The id of the oldest event already seen. */
  before: ZBigIdText.optional(),
  limit: ZWholeNumberText(1).pipe(z.number().max(1000)).default(500),
});

export const audit = {
  cycle: route({
    method: 'GET',
    path: '/cycles/:cycle/audit',
    summary: 'Every change to the cycle, its invitations, replies and decisions: who, when, before and after.',
    response: z.array(ZAuditEvent),
  }),
  all: route({
    method: 'GET',
    path: '/audit',
    summary: 'The whole audit trail (administrators), newest first, by pages.',
    query: ZAuditQuery,
    response: z.array(ZAuditEvent),
  }),
};

export const health = {
  check: route({
    method: 'GET',
    path: '/health',
    summary: '{ status: "ok" } once the database answers; 503 otherwise.',
    response: ZHealth,
  }),
};
