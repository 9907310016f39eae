import fc from 'fast-check';
import { splitTrailingPunctuation } from '../../../apps/api/src/modules/compilation/render/links';
import { toBlocks } from '../../../apps/api/src/modules/compilation/model/text-blocks';
import { renderDocx } from '../../../apps/api/src/modules/compilation/render/docx';
import { renderHtmlArticle } from '../../../apps/api/src/modules/compilation/render/html';
import { longPunctuationRun, mixedScripts, trickyLine } from './arbitraries';
import { reportWithReply } from './report-with-reply';

const unescape = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe('links in a reply (property-based)', () => {
  it('splits off exactly the punctuation the old pattern did', () => {
    fc.assert(
      fc.property(trickyLine, (candidate) => {
        const [, url, trailing] = candidate.match(/^(.*?)([.,;:!?。，；：]*)$/su)!;
        expect(splitTrailingPunctuation(candidate)).toEqual({ url, trailing });
      }),
      { numRuns: 3000 },
    );
  });

  it('shows every character of the text, escaped, with an address followed by a long run of punctuation', () => {
    fc.assert(
      fc.property(fc.oneof(longPunctuationRun, mixedScripts, trickyLine), (text) => {
        const html = renderHtmlArticle(reportWithReply(text));
        expect(html).not.toContain('<script');
        const shown = unescape(html.slice(html.indexOf('<section class="entry"')));
        // Markers and numbers are set apart from the text; the text itself is shown as it came.
        for (const block of toBlocks(text)) expect(shown).toContain(block.text.slice(-20));
      }),
      { numRuns: 200 },
    );
  });

  it('links the address without the dots after it', () => {
    const html = renderHtmlArticle(reportWithReply(`See http://example.org/a${'.'.repeat(40_000)}`));
    expect(html).toContain('<a href="http://example.org/a">http://example.org/a</a>....');
  });

  it('renders such a reply to Word too', async () => {
    const bytes = await renderDocx(reportWithReply(`See http://example.org/a${'.'.repeat(40_000)}x`));
    expect(bytes.length).toBeGreaterThan(1000);
  });
});
