import { ENTITY_TYPES, LANGUAGES, type TEntityType, type TLanguage } from '@replies/shared';
import { escapeHtml } from '../../compilation/render/html';
import { direction } from './common';
import { publicPage, withLang } from './layout';
import { LANGUAGE_NAMES, PUBLIC_TEXT } from './public-i18n';

export interface SearchQuery {
  q: string;
  report?: string;
  year?: number;
  group?: TEntityType;
  sender?: string;
  in?: TLanguage;
  page: number;
}

export interface SearchResultGroup {
  reportSymbol: string;
  reportSlug: string;
  title: string;
  items: { name: string; href: string; language: TLanguage; passage: string }[];
}

export interface SearchPageInput {
  language: TLanguage;
  query: SearchQuery;
  reports: { slug: string; symbol: string; title: string }[];
  years: number[];
  /** Senders named in the reader's language, in the reader's alphabetical order. */
  senders: { code: string; name: string }[];
  groups: SearchResultGroup[];
  /** How many replies matched; when `more`, more than that (matches are counted up to a limit). */
  total: number;
  more: boolean;
  pageSize: number;
}

const CSS = `
form.search { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(min(100%, 13rem), 1fr)); align-items: start; margin-bottom: 1.5rem; }
form.search .field { display: flex; flex-direction: column; gap: 0.3rem; min-width: 0; }
form.search .field.query { grid-column: 1 / -1; }
form.search label { font-weight: 600; }
form.search .hint { color: #444; font-size: 0.9rem; margin: 0; }
form.search input, form.search select { width: 100%; min-width: 0; border: 1px solid #767676; border-radius: 4px; background: #fff; }
form.search .actions { grid-column: 1 / -1; }
.result-group { margin-top: 1.5rem; }
.result-group h3 { margin-bottom: 0.5rem; }
ol.results { padding-inline-start: 1.5rem; }
ol.results li { margin-bottom: 1rem; }
ol.results p { margin: 0.25rem 0 0; overflow-wrap: anywhere; }
nav.pages ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.5rem; }
nav.pages a, nav.pages span { display: inline-block; min-width: 2.5rem; padding: 0.4rem 0.6rem; text-align: center; border: 1px solid #ccc; border-radius: 4px; }
nav.pages [aria-current] { background: #00589c; color: #fff; border-color: #00589c; }
`;

/** The query as an address: only the parameters set, so links stay short and readable. */
export function searchPath(query: SearchQuery, page = query.page): string {
  const params = new URLSearchParams();
  params.set('q', query.q);
  if (query.report) params.set('report', query.report);
  if (query.year) params.set('year', String(query.year));
  if (query.group) params.set('group', query.group);
  if (query.sender) params.set('sender', query.sender);
  if (query.in) params.set('in', query.in);
  if (page > 1) params.set('page', String(page));
  return `/reports/search?${params.toString()}`;
}

const searchHref = (query: SearchQuery, language: TLanguage, page = query.page) =>
  withLang(searchPath(query, page), language);

const option = (value: string, label: string, selected: boolean) =>
  `<option value="${escapeHtml(value)}"${selected ? ' selected' : ''}>${escapeHtml(label)}</option>`;

function form(input: SearchPageInput): string {
  const { language, query } = input;
  const t = PUBLIC_TEXT[language];
  const select = (name: string, label: string, options: string) =>
    `<div class="field"><label for="search-${name}">${escapeHtml(label)}</label><select id="search-${name}" name="${name}">${option('', t.any, false)}${options}</select></div>`;
  return `<form class="search" method="get" action="/reports/search" role="search" aria-label="${escapeHtml(t.search)}">
<input type="hidden" name="lang" value="${language}">
<div class="field query"><label for="search-q">${escapeHtml(t.searchLabel)}</label><input id="search-q" type="search" name="q" value="${escapeHtml(query.q)}" required maxlength="200" aria-describedby="search-hint"><p class="hint" id="search-hint">${escapeHtml(t.searchHint)}</p></div>
${select('report', t.cycle, input.reports.map((r) => option(r.slug, `${r.symbol} — ${r.title}`, query.report === r.slug)).join(''))}
${select('year', t.year, input.years.map((y) => option(String(y), String(y), query.year === y)).join(''))}
${select('group', t.group, ENTITY_TYPES.map((g) => option(g, t[`group${g}` as const], query.group === g)).join(''))}
${select('sender', t.sender, input.senders.map((s) => option(s.code, s.name, query.sender === s.code)).join(''))}
${select('in', t.language, LANGUAGES.map((code) => option(code, LANGUAGE_NAMES[language][code], query.in === code)).join(''))}
<div class="actions"><button type="submit">${escapeHtml(t.submit)}</button></div>
</form>`;
}

function pagination(input: SearchPageInput): string {
  const t = PUBLIC_TEXT[input.language];
  const pages = Math.ceil(input.total / input.pageSize);
  if (pages <= 1 && !input.more) return '';
  const current = input.query.page;
  // Past the matches counted, the last page is not known: no link to it, but always a next page.
  const shown = [
    ...new Set([1, current - 2, current - 1, current, current + 1, current + 2, ...(input.more ? [] : [pages])]),
  ]
    .filter((p) => p >= 1 && p <= pages)
    .sort((a, b) => a - b);
  const link = (page: number, label: string, rel?: string) =>
    `<a href="${escapeHtml(searchHref(input.query, input.language, page))}"${rel ? ` rel="${rel}"` : ''}>${escapeHtml(label)}</a>`;
  const items = [
    current > 1 ? `<li>${link(current - 1, t.previous, 'prev')}</li>` : '',
    ...shown.map((p) =>
      p === current ? `<li><span aria-current="page">${p}</span></li>` : `<li>${link(p, String(p))}</li>`,
    ),
    current < pages || input.more ? `<li>${link(current + 1, t.next, 'next')}</li>` : '',
  ];
  return `<nav class="pages" aria-label="${escapeHtml(t.pages)}"><ul>${items.join('')}</ul></nav>`;
}

/** "14" or, past the matches counted, "more than 1,000" (in the reader's language, Latin digits). */
function countText(input: SearchPageInput): string {
  if (!input.more) return String(input.total);
  const count = new Intl.NumberFormat(`${input.language}-u-nu-latn`).format(input.total);
  return PUBLIC_TEXT[input.language].moreThan.replace('{count}', count);
}

/** The search form and one page of results, grouped by report, with the matching passages marked. */
export function renderSearchPage(input: SearchPageInput): string {
  const { language, query } = input;
  const t = PUBLIC_TEXT[language];
  const first = (query.page - 1) * input.pageSize + 1;
  const last = Math.min(input.total, query.page * input.pageSize);
  const groups = input.groups
    .map(
      (group) => `<section class="result-group">
<h3><a href="/reports/${escapeHtml(group.reportSlug)}?lang=${language}">${escapeHtml(group.reportSymbol)}</a> — ${escapeHtml(group.title)}</h3>
<ol class="results" start="${first + input.groups.slice(0, input.groups.indexOf(group)).reduce((n, g) => n + g.items.length, 0)}">
${group.items
  .map(
    (item) =>
      `<li><a href="${escapeHtml(item.href)}">${escapeHtml(item.name)}</a> <span class="meta">(${escapeHtml(LANGUAGE_NAMES[language][item.language])})</span><p lang="${item.language}" dir="${direction(item.language)}">${item.passage}</p></li>`,
  )
  .join('\n')}
</ol>
</section>`,
    )
    .join('\n');
  const results = query.q
    ? `<h2>${escapeHtml(t.results)} (${escapeHtml(countText(input))})</h2>${
        input.total
          ? `<p class="meta">${escapeHtml(t.showing)}: ${first}–${last}</p>${groups}${pagination(input)}`
          : `<p>${escapeHtml(t.noResults)}</p>`
      }`
    : '';
  return publicPage({
    language,
    title: query.q ? `${query.q} — ${t.search}` : t.search,
    path: query.q ? searchPath(query) : '/reports/search',
    body: `<h1>${escapeHtml(t.search)}</h1>${form(input)}${results}`,
    head: `<style>${CSS}</style><meta name="robots" content="noindex">`,
  });
}
