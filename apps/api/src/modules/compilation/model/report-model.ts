import type { TDecision, TIntroductionParagraph, TLanguage } from '@replies/shared';

/**
 * The compiled report, independent of any format: HTML, DOCX, Markdown and JSON are all rendered
 * from this one model. Built by pure functions (no framework, no database).
 */
export interface ReportDocument {
  language: TLanguage;
  direction: 'ltr' | 'rtl';
  symbol: string;
  addendum: number;
  header: ReportHeader;
  sections: ReportSection[];
  /** The asterisk footnotes, in order of appearance. */
  footnotes: ReportFootnote[];
}

/** The header block of a UN document, as every format prints it. */
export interface ReportHeader {
  organ: string; // General Assembly (also above the Human Rights Council), Security Council…
  body: string | null; // Human Rights Council
  symbol: string; // A/65/99 or A/65/99/Add.1
  /** The language of the distribution block: English in the Arabic, Chinese and Russian versions, as UN documents print it. */
  distributionLanguage: TLanguage;
  distribution: string; // Distr.: General
  issuedOn: string | null; // 2 July 2010, as printed
  /** The language of this version, printed above the original language when they differ: "Chinese". */
  versionLanguage: string | null;
  originalLanguage: string; // Original: English
  session: string | null; // Sixty-fifth session; none for the Security Council
  sessionDates: string | null; // 26 February–5 April 2024
  agenda: string | null; // Agenda item 104, Item 97 (y) of the provisional agenda*
  agendaFootnote: string | null; // * A/65/50.
  title: string; // Measures to prevent terrorists from acquiring weapons of mass destruction
  subtitle: string; // Report of the Secretary-General
}

export interface ReportSection {
  id: 'introduction' | 'states' | 'organizations' | 'observations';
  number: string; // I, II, III (一, 二, 三; أولا …)
  heading: string;
  /** The numbered paragraphs of the introduction and of the observations. */
  paragraphs: NumberedParagraph[];
  entries: ReportEntry[];
  subsections: ReportSubsection[];
}

export interface ReportSubsection {
  id: 'un-system' | 'other';
  letter: string; // A, B (ألف، باء)
  heading: string;
  entries: ReportEntry[];
}

export interface NumberedParagraph {
  number: number;
  text: string;
  /** For the introduction: which generated paragraph this is, and whether the editor's own text replaced it. */
  key?: TIntroductionParagraph | 'addendumIntroduction';
  edited?: boolean;
}

export interface ReportEntry {
  entityCode: string;
  heading: string;
  decision: TDecision;
  /** Set for SUMMARY entries: the footnote marked by the asterisk after the name. */
  footnoteId: number | null;
  originalLine: string; // [Original: English] / ［原件：英文］
  dateLine: string; // [1 June 2010] / ［2010 年 6 月 1 日］
  blocks: TextBlock[];
  /** Address of the full text on the web, printed in footnotes and length sentences. */
  fullTextUrl: string;
}

/** The reply's own structure, kept: its paragraph numbers, bullets and lettered subparagraphs. */
export type TextBlock =
  | { kind: 'paragraph'; number: string | null; text: string }
  | { kind: 'bullet'; level: number; marker: string; text: string }
  | { kind: 'subparagraph'; label: string; text: string };

export interface ReportFootnote {
  id: number;
  entityCode: string;
  text: string;
  url: string;
}

/** "I. Introduction", "一. 导言", "A. United Nations system"; Arabic writes "أولا - مقدمة". */
export function headingLine(label: string, heading: string, language: TLanguage): string {
  if (!label) return heading;
  return language === 'ar' ? `${label} - ${heading}` : `${label}. ${heading}`;
}
