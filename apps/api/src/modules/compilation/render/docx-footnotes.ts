import { BuilderElement } from 'docx';

/** The mark UN documents print after an entry whose reply is summarized. */
export const FOOTNOTE_MARK = '*';

/**
 * A footnote reference with a custom mark: `<w:footnoteReference w:customMarkFollows="1" w:id="…"/>`,
 * to be followed in its run by the mark's text. Word then prints "*" rather than the footnote's
 * number. docx's FootnoteReferenceRun has no custom mark, so the element is built here.
 */
export function customMarkReference(footnoteId: number): BuilderElement<{ customMarkFollows: number; id: number }> {
  return new BuilderElement({
    name: 'w:footnoteReference',
    attributes: {
      customMarkFollows: { key: 'w:customMarkFollows', value: 1 },
      id: { key: 'w:id', value: footnoteId },
    },
  });
}

const FOOTNOTE = /<w:footnote\b([^>]*)>([\s\S]*?)<\/w:footnote>/g;

/**
 * docx starts every footnote with `<w:footnoteRef/>`, which Word prints as the footnote's number.
 * A footnote with a custom mark starts with the mark itself instead, as Word writes it, so the
 * footnote repeats the "*" of the text. The separators (which have a `w:type`) are left alone.
 */
export function printMarksInFootnotes(footnotesXml: string): string {
  return footnotesXml.replace(FOOTNOTE, (footnote: string, attributes: string, content: string) =>
    attributes.includes('w:type=')
      ? footnote
      : `<w:footnote${attributes}>${content.replace('<w:footnoteRef/>', `<w:t xml:space="preserve">${FOOTNOTE_MARK}</w:t>`)}</w:footnote>`,
  );
}
