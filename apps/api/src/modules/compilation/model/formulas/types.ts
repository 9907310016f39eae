import type { TAgenda, TIsoDate, TLanguage, TOrgan } from '@replies/shared';

/** What the mandate sentence generated for an empty mandate needs to know. */
export interface MandateFacts {
  organ: TOrgan;
  resolution: string;
  title: string;
  /** The session the report goes to (a year for the Economic and Social Council); none for the Security Council. */
  session: number | null;
}

/** The numbers of the States' and the organizations' sections as this report numbers them. */
export interface SectionNumbers {
  states: string;
  organizations: string;
}

/**
 * The fixed wording of the report in one official language. English and Chinese follow A/65/99 and
 * its sibling reports; every formula follows the organ, the office and the cycle's own wording.
 * Sources and what is not verified: docs/un-formulas.md.
 */
export interface Formulas {
  /** The masthead: "General Assembly" (also above the Human Rights Council), "Security Council"… */
  organ(organ: TOrgan): string;
  /** The body under the masthead: "Human Rights Council"; none for the principal organs. */
  body(organ: TOrgan): string | null;
  distribution: string;
  issuedOn(date: TIsoDate): string;
  /** This language version's name, printed above "Original: …" when the report was written in another. */
  versionLanguage: string;
  originalLanguage(language: TLanguage): string;
  /** "Sixty-fifth session", "2024 session"; none for the Security Council. */
  session(organ: TOrgan, session: number): string | null;
  sessionDates(from: TIsoDate, to: TIsoDate): string;
  /** "Agenda item 97 (y)", "Item 97 (y) of the provisional agenda*". */
  agenda(agenda: TAgenda): string;
  /** "* A/65/50." */
  agendaFootnote(listSymbol: string): string;
  subtitle: string;
  sectionNumbers: [string, string, string, string];
  subsectionLetters: [string, string];
  headings: {
    introduction: string;
    states: string;
    organizations: string;
    unSystem: string;
    other: string;
    addendumIntroduction: string;
    observations: string;
  };
  /** "[Original: Spanish]" above an entry. */
  original(language: TLanguage): string;
  received(date: TIsoDate): string;
  /** Joins a list: "A, B and C", "甲、乙和丙", "أ وب وج". */
  list(items: string[]): string;
  dateList(dates: TIsoDate[]): string;
  date(date: TIsoDate): string;
  /** The mandate paragraph when the cycle gives none in this language. */
  defaultMandate(facts: MandateFacts): string;
  /** Closes the mandate paragraph: "The present report is submitted pursuant to that request." */
  mandateClosing: string;
  /** What the note verbale asks when the cycle does not say: "to provide information on the subject". */
  defaultRequest: string;
  /** The note verbale and, when any went, the letters to organizations, each asking `request`. */
  requests(noteVerbaleOn: TIsoDate, lettersOn: TIsoDate[], request: string): string;
  newInformationOnly(previousYear: string | null): string;
  receivedAsAt(cutoff: TIsoDate, states: string[], organizations: number, sections: SectionNumbers): string;
  addenda: string;
  addendumIntro(symbol: string, cutoff: TIsoDate): string;
  /** The footnote of a summarized entry: where the full text of `sender` is, on the office's website. */
  footnote(sender: string, url: string, office: string): string;
  /** The sentence that stands for a reply too long to reproduce. */
  lengthSentence(sender: string, url: string, office: string): string;
  missingTranslation(language: TLanguage): string;
  /** In place of a section the editor has not written in this language yet. */
  missingSection(language: TLanguage): string;
  /** Sentences joined as this language joins them (no space in Chinese). */
  sentences(parts: (string | false | null | undefined)[]): string;
}
