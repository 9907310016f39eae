import { z } from 'zod';
import {
  ZCreateCycle,
  ZCreateInvitations,
  ZCycle,
  ZCycleDashboard,
  ZInvitation,
  ZSendReminders,
  ZUpdateCycle,
} from '../cycles';
import { ZFocalPointRequest, ZInvitationResult, ZReminderResult, ZRequestText } from '../responses';
import { route } from './route';

export const cycles = {
  list: route({
    method: 'GET',
    path: '/cycles',
    summary: 'Reporting cycles, newest first; a focal point sees those their entity is invited to.',
    response: z.array(ZCycle),
  }),
  create: route({
    method: 'POST',
    path: '/cycles',
    status: 201,
    summary: 'Open a reporting cycle for a resolution. 409 when the symbol exists.',
    body: ZCreateCycle,
    response: ZCycle,
  }),
  get: route({
    method: 'GET',
    path: '/cycles/:cycle',
    summary: 'One cycle, by id or by symbol with dashes (A-65-99).',
    response: ZCycle,
  }),
  update: route({
    method: 'PATCH',
    path: '/cycles/:cycle',
    summary: 'Change a cycle; the same rules as at creation apply to the result.',
    body: ZUpdateCycle,
    response: ZCycle,
  }),
  close: route({
    method: 'POST',
    path: '/cycles/:cycle/close',
    summary: 'Close an open cycle: no more reminders; replies received now go to an addendum.',
    response: ZCycle,
  }),
  reopen: route({
    method: 'POST',
    path: '/cycles/:cycle/reopen',
    summary: 'Reopen a closed cycle whose cut-off date has not passed.',
    response: ZCycle,
  }),
};

export const ZRequestQuery = z.object({
  lang: z.enum(['en', 'zh']).default('en'),
  /** The entity whose request to read (editors); a focal point reads their own. */
  entity: z.string().trim().toUpperCase().optional(),
});

export const invitations = {
  invite: route({
    method: 'POST',
    path: '/cycles/:cycle/invitations',
    status: 201,
    summary:
      'Invite States and organizations (chosen codes and/or whole groups); their focal points get the request by mail.',
    body: ZCreateInvitations,
    response: ZInvitationResult,
  }),
  list: route({
    method: 'GET',
    path: '/cycles/:cycle/invitations',
    summary: 'Who was invited, how and when, with reminders, focal points and reply status.',
    response: z.array(ZInvitation),
  }),
  remind: route({
    method: 'POST',
    path: '/cycles/:cycle/reminders',
    status: 201,
    summary: 'Remind invited entities that have not submitted a reply (all, or the chosen ones).',
    body: ZSendReminders,
    response: ZReminderResult,
  }),
  dashboard: route({
    method: 'GET',
    path: '/cycles/:cycle/dashboard',
    summary: 'Invited, drafting, submitted, not replied, days to the cut-off.',
    response: ZCycleDashboard,
  }),
  requestText: route({
    method: 'GET',
    path: '/cycles/:cycle/request',
    summary: 'The note verbale or letter an entity received (a focal point: their own), in English or Chinese.',
    query: ZRequestQuery,
    response: ZRequestText,
  }),
};

export const requests = {
  list: route({
    method: 'GET',
    path: '/requests',
    summary:
      "The focal point's requests for views: each cycle their entity is invited to, the deadline, where their reply stands and the next step.",
    response: z.array(ZFocalPointRequest),
  }),
};
