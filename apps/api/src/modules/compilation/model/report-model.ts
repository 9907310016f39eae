import type { TDecision, TLanguage } from '@replies/shared';

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

export interface ReportHeader {
  organ: string; // General Assembly
  symbol: string; // A/65/99 or A/65/99/Add.1
  session: string; // Sixty-fifth session
  agendaItem: string | null; // Agenda item 104
  title: string; // Measures to prevent terrorists from acquiring weapons of mass destruction
  subtitle: string; // Report of the Secretary-General
}

export interface ReportSection {
  id: 'introduction' | 'states' | 'organizations';
  number: string; // I, II, III (一, 二, 三; أولا …)
  heading: string;
  /** The introduction's numbered paragraphs. */
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
