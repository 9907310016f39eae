import { Document, Packer, Paragraph, TextRun } from 'docx';
import type { Letter, LetterLanguage } from './letters';

const FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman', eastAsia: 'SimSun' };

/** The note verbale or letter as a Word document, attached to the invitation or reminder mail. */
export async function letterDocx(letter: Letter, language: LetterLanguage): Promise<Buffer> {
  const run = (text: string, bold = false) =>
    new TextRun({ text, bold, font: FONT, size: 24, language: { value: language === 'zh' ? 'zh-CN' : 'en-GB' } });
  const paragraphs = letter.body
    .split(/\n\s*\n/)
    .filter((text) => text.trim())
    .map((text) => new Paragraph({ children: [run(text.trim())], spacing: { after: 200 } }));
  const document = new Document({
    creator: 'Replies',
    title: letter.subject,
    sections: [
      { children: [new Paragraph({ children: [run(letter.subject, true)], spacing: { after: 300 } }), ...paragraphs] },
    ],
  });
  return Packer.toBuffer(document);
}
