import { Document, HeadingLevel, Packer, Paragraph, TextRun, type IRunOptions } from 'docx';
import type { TLanguage } from '@replies/shared';
import { splitByDirection } from '../../compilation/render/docx-bidi';
import type { ReceiptDocument } from './receipt-document';

const LANGUAGE_TAGS: Record<TLanguage, string> = {
  en: 'en-GB',
  fr: 'fr-FR',
  es: 'es-ES',
  ru: 'ru-RU',
  zh: 'zh-CN',
  ar: 'ar-SA',
};

const fontFor = (language: TLanguage): NonNullable<IRunOptions['font']> => ({
  ascii: 'Times New Roman',
  hAnsi: 'Times New Roman',
  eastAsia: 'SimSun',
  cs: language === 'ar' ? 'Traditional Arabic' : 'Arial',
  ...(language === 'zh' ? { hint: 'eastAsia' as const } : {}),
});

/** Runs of one text in a language: Arabic split into right-to-left runs and the Latin stretches quoted in it. */
function runs(text: string, language: TLanguage, options: { bold?: boolean; size?: number } = {}): TextRun[] {
  const base = {
    font: fontFor(language),
    size: options.size ?? (language === 'ar' ? 28 : 22),
    bold: options.bold,
    language: { value: LANGUAGE_TAGS[language], ...(language === 'ar' ? { bidirectional: 'ar-SA' } : {}) },
  };
  if (language !== 'ar') return [new TextRun({ ...base, text })];
  return splitByDirection(text).map(
    (piece) => new TextRun({ ...base, text: piece.text, rightToLeft: piece.rightToLeft }),
  );
}

function paragraph(
  children: TextRun[],
  language: TLanguage,
  after = 120,
  heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel],
) {
  return new Paragraph({ children, bidirectional: language === 'ar', spacing: { after }, heading });
}

/**
 * The receipt as a Word document: the reference number and the facts of the submission, the declaration,
 * what happens next, then the text and summary as submitted (each paragraph of the reply its own
 * paragraph, in the reply's language and direction).
 */
export async function receiptDocx(receipt: ReceiptDocument): Promise<Buffer> {
  const lang = receipt.language;
  const children: Paragraph[] = [
    paragraph(runs(receipt.title, lang, { bold: true, size: lang === 'ar' ? 36 : 32 }), lang, 240, HeadingLevel.TITLE),
    paragraph(runs(receipt.intro, lang), lang, 240),
    ...receipt.facts.map(([label, value]) =>
      paragraph([...runs(`${label}: `, lang, { bold: true }), ...runs(value, lang)], lang, 80),
    ),
    paragraph(runs(receipt.declaration.title, lang, { bold: true }), lang, 80, HeadingLevel.HEADING_2),
    paragraph(runs(receipt.declaration.text, lang), lang, 240),
    paragraph(runs(receipt.next.title, lang, { bold: true }), lang, 80, HeadingLevel.HEADING_2),
    ...receipt.next.items.map(
      (item) =>
        new Paragraph({
          children: runs(item, lang),
          bidirectional: lang === 'ar',
          bullet: { level: 0 },
          spacing: { after: 80 },
        }),
    ),
  ];
  for (const copy of receipt.copies) {
    children.push(paragraph(runs(copy.title, lang, { bold: true }), lang, 120, HeadingLevel.HEADING_2));
    for (const text of copy.text.split(/\n+/).filter((line) => line.trim())) {
      children.push(paragraph(runs(text, copy.language), copy.language));
    }
  }
  const document = new Document({
    creator: 'Replies',
    title: `${receipt.title} ${receipt.reference}`,
    sections: [{ properties: {}, children }],
  });
  return Packer.toBuffer(document);
}
