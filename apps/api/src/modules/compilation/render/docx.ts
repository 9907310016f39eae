import type { TLanguage } from '@replies/shared';
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LineRuleType,
  Packer,
  Paragraph,
  Tab,
  TextRun,
  type IParagraphOptions,
  type IRunOptions,
  type IStylesOptions,
  type ParagraphChild,
} from 'docx';
import {
  headingLine,
  type ReportDocument,
  type ReportEntry,
  type ReportFootnote,
  type ReportHeader,
  type ReportSection,
  type ReportSubsection,
  type TextBlock,
} from '../model/report-model';
import { splitByDirection } from './docx-bidi';
import { splitTrailingPunctuation, URL_PATTERN } from './links';
import { FOOTNOTE_MARK, customMarkReference, printMarksInFootnotes } from './docx-footnotes';
import { repackDeterministically } from './docx-package';

/** Word's language tag for each report language (UN English follows British spelling). */
const LANGUAGE_TAGS: Record<TLanguage, string> = {
  en: 'en-GB',
  fr: 'fr-FR',
  es: 'es-ES',
  ru: 'ru-RU',
  zh: 'zh-CN',
  ar: 'ar-SA',
};

// Indents in twips (1 cm = 567): the text of the body sits one step in, numbers and markers hang before it.
const STEP = 567;
const BODY = STEP;

// Sizes in half-points. Arabic is set larger than Latin text (by ARABIC_SCALE, in whole points), as in UN documents in Arabic.
const BODY_SIZE = 20;
const FOOTNOTE_SIZE = 18;
const ARABIC_SCALE = 1.4;

/** What every paragraph and run of one report needs to know. */
interface Context {
  language: TLanguage;
  rtl: boolean;
  font: NonNullable<IRunOptions['font']>;
  /** Word footnote id for each of the model's footnote ids. */
  footnoteIds: Map<number, number>;
  /** Word footnote id of the agenda line's footnote ("* A/65/50."), if the header has one. */
  agendaFootnoteId: number | null;
}

/**
 * The report as a Word document the Secretariat can edit: real headings (Heading 1 to 3),
 * printed paragraph numbers, the "*" footnotes of summarized replies as Word footnotes, fonts
 * for every script, and right-to-left paragraphs for Arabic. The same report gives the same bytes.
 */
export async function renderDocx(document: ReportDocument): Promise<Buffer> {
  const referenced = new Set(
    allEntries(document).flatMap((entry) => (entry.footnoteId === null ? [] : [entry.footnoteId])),
  );
  const footnotes = document.footnotes.filter((footnote) => referenced.has(footnote.id));
  const context: Context = {
    language: document.language,
    rtl: document.direction === 'rtl',
    font: {
      ascii: 'Times New Roman',
      hAnsi: 'Times New Roman',
      eastAsia: 'SimSun',
      cs: document.language === 'ar' ? 'Traditional Arabic' : 'Arial',
      // Punctuation shared by the scripts (quotation marks, brackets) takes the Chinese font in Chinese.
      ...(document.language === 'zh' ? { hint: 'eastAsia' } : {}),
    },
    // Word numbers footnotes from 1; 0 and -1 are its separators. The agenda's footnote comes first, as on the first page.
    agendaFootnoteId: document.header.agendaFootnote ? 1 : null,
    footnoteIds: new Map(
      footnotes.map((footnote, index) => [footnote.id, index + (document.header.agendaFootnote ? 2 : 1)]),
    ),
  };
  const agendaFootnote: Record<number, { children: Paragraph[] }> = document.header.agendaFootnote
    ? {
        1: {
          children: [
            paragraph(context, runs(document.header.agendaFootnote.replace(/^\*\s*/, ' '), context), {
              style: 'FootnoteText',
            }),
          ],
        },
      }
    : {};

  const word = new Document({
    title: document.header.title,
    subject: document.header.symbol,
    creator: 'United Nations',
    lastModifiedBy: 'United Nations',
    styles: styles(context),
    footnotes: {
      ...agendaFootnote,
      ...Object.fromEntries(
        footnotes.map((footnote) => [context.footnoteIds.get(footnote.id)!, footnoteContent(footnote, context)]),
      ),
    },
    sections: [
      {
        children: [
          ...headerBlock(document.header, context),
          ...document.sections.flatMap((section) => sectionParagraphs(section, context)),
        ],
      },
    ],
  });
  return repackDeterministically(await Packer.toBuffer(word), { 'word/footnotes.xml': printMarksInFootnotes });
}

function allEntries(document: ReportDocument): ReportEntry[] {
  return document.sections.flatMap((section) => [
    ...section.entries,
    ...section.subsections.flatMap((subsection) => subsection.entries),
  ]);
}

function styles(context: Context): IStylesOptions {
  const heading = (size: number, before: number) => ({
    run: { font: context.font, bold: true, color: '000000', ...sizes(size, context) },
    paragraph: { keepNext: true, keepLines: true, spacing: { before, after: 120 } },
  });
  const language = LANGUAGE_TAGS[context.language];
  return {
    default: {
      document: {
        run: {
          font: context.font,
          ...sizes(BODY_SIZE, context),
          language: { value: language, eastAsia: 'zh-CN', bidirectional: 'ar-SA' },
        },
        paragraph: { spacing: { after: 120 } },
      },
      heading1: heading(24, 360),
      heading2: heading(BODY_SIZE, 240),
      heading3: heading(BODY_SIZE, 240),
    },
    // docx's own footnote text style, set smaller than the body as in UN documents.
    paragraphStyles: [
      {
        id: 'FootnoteText',
        name: 'footnote text',
        basedOn: 'Normal',
        run: sizes(FOOTNOTE_SIZE, context),
        paragraph: { spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO } },
      },
    ],
  };
}

function sizes(size: number, context: Context): Pick<IRunOptions, 'size' | 'sizeComplexScript'> {
  return { size, sizeComplexScript: context.rtl ? Math.round((size * ARABIC_SCALE) / 2) * 2 : size };
}

// ----- Paragraphs and runs -----

type RunFormat = Pick<IRunOptions, 'bold' | 'size' | 'sizeComplexScript' | 'style'>;

/** The runs of a piece of text: one run, or in Arabic the right-to-left runs and the left-to-right stretches quoted in them. */
function runs(text: string, context: Context, format: RunFormat = {}): TextRun[] {
  if (!text) return [];
  const pieces = context.rtl ? splitByDirection(text) : [{ text, rightToLeft: false }];
  return pieces.map(
    (piece) =>
      new TextRun({ text: piece.text, font: context.font, rightToLeft: piece.rightToLeft || undefined, ...format }),
  );
}

function tab(context: Context): TextRun {
  return new TextRun({ children: [new Tab()], font: context.font, rightToLeft: context.rtl || undefined });
}

/** A paragraph in the report's direction: `start` and `end` (alignment, indents) are the right and left in Arabic. */
function paragraph(
  context: Context,
  children: ParagraphChild[],
  options: Omit<IParagraphOptions, 'children'> = {},
): Paragraph {
  // Left-to-right is Word's default: only Arabic paragraphs and runs say anything about direction.
  return new Paragraph({ ...options, bidirectional: context.rtl || undefined, children });
}

/** "1." then a tab to the hanging indent, so the number stays as printed and the text lines up after it. */
function hanging(label: string, text: ParagraphChild[], context: Context, start: number): Paragraph {
  return paragraph(context, [...runs(label, context), tab(context), ...text], {
    alignment: AlignmentType.BOTH,
    indent: { start, hanging: STEP },
  });
}

/** Text with each web address in it as a hyperlink (left to right, in Arabic too). */
function linkedText(text: string, context: Context): ParagraphChild[] {
  const children: ParagraphChild[] = [];
  let at = 0;
  // A full stop or comma after an address ends the sentence, not the address.
  for (const match of text.matchAll(URL_PATTERN)) {
    const { url } = splitTrailingPunctuation(match[0]);
    children.push(...runs(text.slice(at, match.index), context), hyperlink(url, context));
    at = match.index + url.length;
  }
  return [...children, ...runs(text.slice(at), context)];
}

function hyperlink(url: string, context: Context): ExternalHyperlink {
  return new ExternalHyperlink({
    link: url,
    children: [new TextRun({ text: url, style: 'Hyperlink', font: context.font })],
  });
}

// ----- The header block -----

function headerBlock(header: ReportHeader, context: Context): Paragraph[] {
  const line = (
    text: string | null,
    format: RunFormat = {},
    options: Omit<IParagraphOptions, 'children'> = {},
  ): Paragraph[] =>
    text === null
      ? []
      : [paragraph(context, runs(text, context, format), { alignment: AlignmentType.START, ...options })];
  const end = { alignment: AlignmentType.END, spacing: { after: 0 } } as const;
  return [
    ...line(header.organ, { bold: true, ...sizes(28, context) }, { spacing: { after: 0 } }),
    ...line(header.symbol, { bold: true }, end),
    ...line(header.distribution, {}, end),
    ...line(header.issuedOn, {}, end),
    ...line(header.versionLanguage, {}, end),
    ...line(header.originalLanguage, {}, { alignment: AlignmentType.END }),
    ...line(header.body, { bold: true }),
    ...line(header.session, {}, { spacing: { after: 0 } }),
    ...line(header.sessionDates, {}, { spacing: { after: 0 } }),
    ...(header.agenda ? [agendaLine(header, context)] : []),
    ...line(
      header.title,
      { bold: true, ...sizes(28, context) },
      { spacing: { before: 360, after: 240 }, keepNext: true },
    ),
    ...line(header.subtitle, { bold: true, ...sizes(24, context) }, { spacing: { after: 360 }, keepNext: true }),
  ];
}

/** The agenda line; the "*" of a provisional agenda or preliminary list carries the Word footnote citing the list. */
function agendaLine(header: ReportHeader, context: Context): Paragraph {
  const text = header.agenda!;
  const star = text.indexOf('*');
  if (star < 0 || !header.agendaFootnote || context.agendaFootnoteId === null)
    return paragraph(context, runs(text, context), { alignment: AlignmentType.START });
  const mark = new TextRun({
    style: 'FootnoteReference',
    font: context.font,
    rightToLeft: context.rtl || undefined,
    children: [customMarkReference(context.agendaFootnoteId), FOOTNOTE_MARK],
  });
  return paragraph(context, [...runs(text.slice(0, star), context), mark, ...runs(text.slice(star + 1), context)], {
    alignment: AlignmentType.START,
  });
}

// ----- Sections, subsections, entries -----

function sectionParagraphs(section: ReportSection, context: Context): Paragraph[] {
  return [
    paragraph(context, runs(headingLine(section.number, section.heading, context.language), context), {
      heading: HeadingLevel.HEADING_1,
    }),
    ...section.paragraphs.map((numbered) =>
      hanging(`${numbered.number}.`, runs(numbered.text, context), context, BODY),
    ),
    ...section.entries.flatMap((entry) => entryParagraphs(entry, context)),
    ...section.subsections.flatMap((subsection) => subsectionParagraphs(subsection, context)),
  ];
}

function subsectionParagraphs(subsection: ReportSubsection, context: Context): Paragraph[] {
  return [
    paragraph(context, runs(headingLine(subsection.letter, subsection.heading, context.language), context), {
      heading: HeadingLevel.HEADING_2,
    }),
    ...subsection.entries.flatMap((entry) => entryParagraphs(entry, context)),
  ];
}

function entryParagraphs(entry: ReportEntry, context: Context): Paragraph[] {
  const name: ParagraphChild[] = runs(entry.heading, context);
  if (entry.footnoteId !== null) name.push(footnoteMark(entry, context));
  const endLines = [entry.originalLine, entry.dateLine].filter(Boolean);
  return [
    paragraph(context, name, { heading: HeadingLevel.HEADING_3 }),
    ...endLines.map((line) => paragraph(context, runs(line, context), { alignment: AlignmentType.END })),
    ...entry.blocks.map((block) => blockParagraph(block, context)),
  ];
}

function blockParagraph(block: TextBlock, context: Context): Paragraph {
  const text = linkedText(block.text, context);
  switch (block.kind) {
    case 'paragraph':
      return block.number
        ? hanging(block.number, text, context, BODY)
        : paragraph(context, text, { alignment: AlignmentType.BOTH, indent: { start: BODY } });
    case 'bullet':
      return hanging(block.marker, text, context, BODY + Math.max(1, block.level) * STEP);
    case 'subparagraph':
      return hanging(block.label, text, context, BODY + 2 * STEP);
  }
}

// ----- Footnotes -----

/** The "*" after a summarized entry's name, carrying its Word footnote. */
function footnoteMark(entry: ReportEntry, context: Context): TextRun {
  const id = context.footnoteIds.get(entry.footnoteId!);
  if (id === undefined)
    throw new Error(
      `The entry ${entry.entityCode} refers to footnote ${entry.footnoteId}, which the report does not have`,
    );
  return new TextRun({
    style: 'FootnoteReference',
    font: context.font,
    rightToLeft: context.rtl || undefined,
    children: [customMarkReference(id), FOOTNOTE_MARK],
  });
}

/** The footnote's text after its mark, with its address linked, and added at the end if the text does not give it. */
function footnoteContent(footnote: ReportFootnote, context: Context): { children: Paragraph[] } {
  // The mark ("*", written in by printMarksInFootnotes) is followed by a space, as in Word's own footnotes.
  const text = linkedText(` ${footnote.text}`, context);
  if (footnote.url && !footnote.text.includes(footnote.url))
    text.push(...runs(' ', context), hyperlink(footnote.url, context));
  return { children: [paragraph(context, text, { style: 'FootnoteText' })] };
}
