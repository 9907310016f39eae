import type { ReportDocument, TextBlock } from './report-model';

export function blockText(block: TextBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return block.number ? `${block.number} ${block.text}` : block.text;
    case 'bullet':
      return `${block.marker} ${block.text}`;
    case 'subparagraph':
      return `${block.label} ${block.text}`;
  }
}

/** Every word the report prints, for counting its length. */
export function plainText(document: ReportDocument): string {
  const lines: string[] = [document.header.title, document.header.subtitle];
  for (const section of document.sections) {
    lines.push(section.heading, ...section.paragraphs.map((p) => p.text));
    const entries = [...section.entries, ...section.subsections.flatMap((s) => [s.heading, ...s.entries] as const)];
    for (const entry of entries) {
      if (typeof entry === 'string') lines.push(entry);
      else lines.push(entry.heading, ...entry.blocks.map(blockText));
    }
  }
  lines.push(...document.footnotes.map((f) => f.text));
  return lines.join('\n');
}
