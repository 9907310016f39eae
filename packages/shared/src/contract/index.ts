import { audit, entities, health, mail, offices, outbox, users } from './administration';
import { auth } from './auth';
import { cycles, invitations, requests } from './cycles';
import { compilation, exports, publishing } from './report';
import { replies, review } from './replies';

export * from './route';
export * from './path-parameters';
export { ZAuditQuery, ZOutboxQuery } from './administration';
export { ZRequestQuery } from './cycles';
export { ZDiffQuery } from './replies';
export { ZExportQuery, ZReportQuery } from './report';

/**
 * The API, every route declared once: method, path, parameters, query, body and response. The Nest
 * controllers implement it (`@Endpoint(contract.cycles.get)`), the web client calls it, and the
 * OpenAPI document at /api/docs is generated from it. To add a route: declare it in the group of
 * its domain below (or a new group), then implement it with `@Endpoint` in a controller.
 */
export const contract = {
  health,
  auth,
  users,
  entities,
  offices,
  cycles,
  invitations,
  requests,
  replies,
  review,
  compilation,
  publishing,
  exports,
  audit,
  outbox,
  mail,
};

/**
 * Served by the API process but not part of the API: the public reading room (HTML pages, feeds and
 * files at stable addresses, see `public-pages.controller.ts`) and the files crawlers look for.
 */
export const OUTSIDE_THE_CONTRACT = [
  { method: 'GET', path: '/reports' },
  { method: 'GET', path: '/reports/search' },
  { method: 'GET', path: '/reports/feed.xml' },
  { method: 'GET', path: '/reports/entities/:code' },
  { method: 'GET', path: '/reports/:slug' },
  { method: 'GET', path: '/reports/:slug/replies.json' },
  { method: 'GET', path: '/reports/:slug/replies.csv' },
  { method: 'GET', path: '/reports/:slug/download/full-texts.zip' },
  { method: 'GET', path: '/reports/:slug/download/:file' },
  { method: 'GET', path: '/reports/:slug/replies/:entity' },
  { method: 'GET', path: '/reports/:slug/replies/:entity/original' },
  { method: 'GET', path: '/login' },
  { method: 'POST', path: '/login' },
  { method: 'GET', path: '/login/code' },
  { method: 'POST', path: '/login/code' },
  { method: 'GET', path: '/robots.txt' },
  { method: 'GET', path: '/sitemap.xml' },
] as const;
