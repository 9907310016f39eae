import { extractDocxText } from './extract-docx-text';
import { OriginalRejected } from './original-rejected';
import { MINIMAL_PDF, sampleReplyDocx, simpleDocx, wordLikeZip, zerosDeflated } from './test-originals';

async function rejection(bytes: Buffer): Promise<OriginalRejected> {
  const error = await extractDocxText(bytes).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof OriginalRejected)) throw new Error(`expected OriginalRejected, got ${String(error)}`);
  return error;
}

describe('extractDocxText', () => {
  it('keeps paragraphs, languages, Word list numbers, literal text, line breaks, footnotes and tables', async () => {
    expect(await extractDocxText(await sampleReplyDocx())).toBe(
      [
        'Reply of the Government of Exampleland',
        '1. The Government welcomes the request of the Secretary-General.',
        'It strongly supports the resolution.',
        '中文：政府支持该决议。',
        'ترحب الحكومة بطلب الأمين العام.',
        'Правительство поддерживает резолюцию.',
        '- First measure',
        '- Sub-measure',
        '- Second measure',
        '1. Paragraph one',
        '(a) First point',
        '(b) Second point',
        'i) Detail',
        'Measures taken',
        '2. Paragraph two',
        '(a) Restarted point',
        '1. A new list',
        "<script>alert('x')</script> & <b>not bold</b>",
        'Line one\nLine two',
        'See the report[1]',
        'Year | Amount',
        '2024 | 1,000',
        '[1] A/80/123.',
      ].join('\n\n'),
    );
  });

  it('returns the exact UTF-8 text of a one-paragraph document', async () => {
    expect(await extractDocxText(await simpleDocx('  Российская Федерация  '))).toBe('Российская Федерация');
  });

  it('refuses what is not a Word document', async () => {
    expect(await rejection(MINIMAL_PDF)).toMatchObject({ status: 415, code: 'UNSUPPORTED_FILE' });
    expect(await rejection(Buffer.from('plain text'))).toMatchObject({ status: 415, code: 'UNSUPPORTED_FILE' });
  });

  it('refuses a zip bomb before mammoth reads it', async () => {
    const bomb = wordLikeZip({ name: 'word/numbering.xml', deflated: zerosDeflated(150), declaredSize: 2048 });
    expect(await rejection(bomb)).toMatchObject({ status: 413, code: 'SUSPICIOUS_ARCHIVE' });
  });

  it('refuses a ZIP with the Word part names but no Word content as damaged', async () => {
    const fake = wordLikeZip({ name: 'word/styles.xml', content: 'not xml' });
    expect(await rejection(fake)).toMatchObject({
      status: 415,
      code: 'UNSUPPORTED_FILE',
      message:
        'Upload the reply as a Word document (.docx) or a PDF; this file is damaged or incomplete and cannot be read.',
    });
  });
});
