import { LANGUAGES } from '@replies/shared';
import { receiptDocument, type ReceiptInput } from './receipt-document';

const input: ReceiptInput = {
  symbol: 'A/65/99',
  title: { en: 'Measures to prevent terrorists from acquiring weapons of mass destruction' },
  entity: {
    code: 'FIN',
    type: 'STATE',
    names: { en: 'Finland', fr: 'Finlande (la)', es: 'Finlandia', ru: 'Финляндия', zh: '芬兰', ar: 'فنلندا' },
  },
  reference: 'A/65/99-FIN-2',
  receivedOn: '2010-06-01',
  originalLanguage: 'en',
  body: 'Finland supports the measures.',
  summary: null,
  // 03:30 in London is still 1 June, 23:30, in New York.
  submittedAt: new Date('2010-06-02T03:30:00Z'),
  timeZone: 'America/New_York',
  submittedBy: { name: 'Aino Virtanen', email: 'aino@formin.fi' },
  enteredBySecretariat: false,
  declaration: true,
  words: 1234,
  summaryWords: 0,
  limits: { reply: 2000, summary: 500 },
  proposedDecision: 'FULL',
  attachment: { fileName: 'finland.docx', size: 24_576, sha256: 'ab'.repeat(32) },
};

const fact = (language: Parameters<typeof receiptDocument>[1], label: string) =>
  Object.fromEntries(receiptDocument(input, language).facts)[label];

describe('receiptDocument', () => {
  it('states the reference, the date received and the moment in the Secretariat’s calendar', () => {
    const receipt = receiptDocument(input, 'en');
    expect(receipt.title).toBe('Receipt of a reply');
    expect(fact('en', 'Reference number')).toBe('A/65/99-FIN-2');
    expect(fact('en', 'Date received')).toBe('1 June 2010');
    expect(fact('en', 'Submitted')).toBe('1 June 2010, 23:30 (America/New_York)');
    expect(fact('en', 'On behalf of')).toBe('Finland');
    expect(fact('en', 'Length of the reply')).toBe('1,234 words (limit: 2,000)');
    expect(fact('en', 'Executive summary')).toBe('None');
    expect(fact('en', 'Original file attached')).toBe('finland.docx (24 kB)');
    expect(receipt.declaration.text).toBe('Aino Virtanen declared submitting this reply on behalf of Finland.');
    expect(receipt.copies).toEqual([
      { title: 'The text as submitted (English)', text: 'Finland supports the measures.', language: 'en' },
    ]);
  });

  it('writes the dates and names of each language as UN documents do', () => {
    expect(fact('fr', 'Date de réception')).toBe('1er juin 2010');
    expect(fact('fr', 'Au nom de')).toBe('Finlande');
    expect(fact('zh', '收到日期')).toBe('2010年6月1日');
    expect(fact('ar', 'تاريخ الاستلام')).toBe('1 حزيران/يونيه 2010');
    expect(fact('ar', 'طول الرد')).toBe('1,234 كلمة (الحد: 2,000)');
    expect(receiptDocument(input, 'ar').direction).toBe('rtl');
    for (const language of LANGUAGES) expect(receiptDocument(input, language).next.items.length).toBe(3);
  });

  it('says who entered a reply received on paper, or that no declaration was made', () => {
    expect(receiptDocument({ ...input, enteredBySecretariat: true }, 'en').declaration.text).toBe(
      'Entered by the Secretariat as received from Finland.',
    );
    expect(receiptDocument({ ...input, declaration: false }, 'en').declaration.text).toBe(
      'Submitted without the declaration of the portal’s form.',
    );
  });
});
