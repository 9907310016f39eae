import { LANGUAGES } from '@replies/shared';
import { receiptMail, returnMail } from './compose';
import { headerSafe, renderMail } from './message';

const finland = {
  code: 'FIN',
  type: 'STATE' as const,
  names: { en: 'Finland', fr: 'Finlande', zh: '芬兰', ar: 'فنلندا' },
};
const recipient = (language: (typeof LANGUAGES)[number]) => ({
  userId: null,
  email: 'aino@formin.fi',
  name: 'Aino <b>Virtanen</b>',
  language,
});

describe('mail rendering', () => {
  it('never lets a line break or a control character into a header', () => {
    expect(headerSafe('Evil\r\nBcc: victim@example.org')).toBe('Evil Bcc: victim@example.org');
    expect(headerSafe('A\u2028B\u0000C\tD')).toBe('A B C D');
  });

  it('escapes everything a user wrote in the HTML part and keeps it as is in the text part', () => {
    const comment = 'Please see <script>alert("x")</script> & revise.';
    const mail = renderMail(
      returnMail(recipient('en'), {
        symbol: 'A/65/99',
        entity: finland,
        comment,
        replyUrl: 'https://replies.un.org/x',
      }),
    );
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; revise.');
    expect(mail.html).toContain('Dear Aino &lt;b&gt;Virtanen&lt;/b&gt;,');
    expect(mail.text).toContain(comment);
    expect(mail.html).toContain('<a href="https://replies.un.org/x"');
  });

  it('writes the receipt in each of the six languages, right to left in Arabic', () => {
    for (const language of LANGUAGES) {
      const mail = renderMail(
        receiptMail(
          recipient(language),
          {
            symbol: 'A/65/99',
            entity: finland,
            reference: 'A/65/99-FIN-2',
            receivedOn: '2010-06-01',
            originalLanguage: 'en',
            body: 'Finland reports.',
            summary: null,
          },
          'https://replies.un.org/cycles/A-65-99/replies/FIN',
        ),
      );
      expect(mail.subject).toContain('A/65/99-FIN-2');
      expect(mail.text).toContain('Finland reports.');
      expect(mail.html).toContain(`lang="${language}" dir="${language === 'ar' ? 'rtl' : 'ltr'}"`);
    }
    const chinese = renderMail(
      receiptMail(
        recipient('zh'),
        {
          symbol: 'A/65/99',
          entity: finland,
          reference: 'A/65/99-FIN-2',
          receivedOn: '2010-06-01',
          originalLanguage: 'en',
          body: 'x',
          summary: null,
        },
        'u',
      ),
    );
    expect(chinese.text).toContain('秘书处已收到芬兰就 A/65/99 号报告征求意见所作的答复。');
    expect(chinese.text).toContain('收到日期: 2010年6月1日');
  });
});
