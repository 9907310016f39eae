import type { TLanguage } from '@replies/shared';
import { escapeHtml as xml } from '../../compilation/render/html';
import { publishedOn, slugOf, titleIn } from './common';
import { feedPath } from './layout';
import { PUBLIC_TEXT } from './public-i18n';

export interface FeedPublication {
  symbol: string;
  addendum: number;
  corrigendum: number;
  shownSymbol: string;
  publishedAt: Date;
  titles: { language: string; title: string }[];
  languages: TLanguage[];
  replies: number;
}

/**
 * The Atom feed (RFC 4287) of the publications in one language, corrigenda included, newest first.
 * A feed leaves the site, so its addresses are absolute (PUBLIC_URL).
 */
export function renderAtomFeed(language: TLanguage, publications: FeedPublication[], site: string): string {
  const t = PUBLIC_TEXT[language];
  const inLanguage = publications.filter((p) => p.languages.includes(language));
  const updated = (inLanguage[0]?.publishedAt ?? new Date(0)).toISOString();
  const entries = inLanguage.map((p) => {
    const slug = slugOf(p.symbol, p.addendum);
    const page = `${site}/reports/${slug}?lang=${language}&version=${p.corrigendum}`;
    const title = titleIn(p.titles, language);
    const summary = `${p.shownSymbol} — ${title}. ${t.published}: ${publishedOn(p.publishedAt, language)}. ${t.repliesPublished}: ${p.replies}.`;
    return `<entry>
<id>${xml(page)}</id>
<title>${xml(`${p.shownSymbol} — ${title}`)}</title>
<updated>${p.publishedAt.toISOString()}</updated>
<published>${p.publishedAt.toISOString()}</published>
<link rel="alternate" type="text/html" hreflang="${language}" href="${xml(page)}"/>
<link rel="related" type="application/vnd.openxmlformats-officedocument.wordprocessingml.document" hreflang="${language}" href="${xml(`${site}/reports/${slug}/download/${language}.docx?version=${p.corrigendum}`)}"/>
<summary>${xml(summary)}</summary>
</entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${language}">
<id>${xml(`${site}${feedPath(language)}`)}</id>
<title>${xml(`${t.site} — ${t.reports}`)}</title>
<updated>${updated}</updated>
<author><name>${xml(t.un)}</name><uri>${xml(site)}</uri></author>
<link rel="self" type="application/atom+xml" href="${xml(`${site}${feedPath(language)}`)}"/>
<link rel="alternate" type="text/html" href="${xml(`${site}/reports?lang=${language}`)}"/>
${entries.join('\n')}
</feed>
`;
}

export interface SitemapUrl {
  path: string;
  lastmod: Date;
}

/** At most 50,000 addresses per sitemap file (sitemaps.org). */
export const SITEMAP_LIMIT = 50_000;

/** The sitemap, or, past the limit, the sitemap index whose part N is `/sitemap.xml?part=N`. */
export function renderSitemap(
  urls: SitemapUrl[],
  site: string,
  part: number | null,
  limit = SITEMAP_LIMIT,
): string | null {
  const parts = Math.max(1, Math.ceil(urls.length / limit));
  const head = '<?xml version="1.0" encoding="utf-8"?>\n';
  if (part === null && parts > 1) {
    const newest = (from: number) =>
      urls
        .slice(from, from + limit)
        .reduce((max, u) => (u.lastmod > max ? u.lastmod : max), new Date(0))
        .toISOString();
    const items = Array.from(
      { length: parts },
      (_, i) =>
        `<sitemap><loc>${xml(`${site}/sitemap.xml?part=${i + 1}`)}</loc><lastmod>${newest(i * limit)}</lastmod></sitemap>`,
    );
    return `${head}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join('\n')}\n</sitemapindex>\n`;
  }
  const index = part ?? 1;
  if (index < 1 || index > parts) return null;
  const items = urls
    .slice((index - 1) * limit, index * limit)
    .map((u) => `<url><loc>${xml(`${site}${u.path}`)}</loc><lastmod>${u.lastmod.toISOString()}</lastmod></url>`);
  return `${head}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join('\n')}\n</urlset>\n`;
}

/** Crawlers may read the reports, not the search (endless combinations) nor the signed-in portal. */
export function renderRobots(site: string): string {
  return `User-agent: *\nAllow: /reports\nDisallow: /reports/search\nDisallow: /\n\nSitemap: ${site}/sitemap.xml\n`;
}
