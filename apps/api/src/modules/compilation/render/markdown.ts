import { headingLine, type ReportDocument, type ReportEntry, type TextBlock } from '../model/report-model';

// Characters Markdown would read as formatting at the start of a line or inline.
const escapeMarkdown = (text: string) =>
  text
    .replace(/([\\`*_[\]<>#|])/g, '\\$1')
    .replace(/^(\d+)\. /, '$1\\. ')
    .replace(/^([-+]) /, '\\$1 ');

function block(b: TextBlock): string {
  switch (b.kind) {
    case 'paragraph':
      return b.number ? `${b.number.replace(/\.$/, '\\.')} ${escapeMarkdown(b.text)}` : escapeMarkdown(b.text);
    case 'bullet':
      return `${'  '.repeat(b.level - 1)}- ${escapeMarkdown(b.text)}`;
    case 'subparagraph':
      return `${escapeMarkdown(b.label)} ${escapeMarkdown(b.text)}`;
  }
}

function entry(e: ReportEntry, level: string): string {
  const mark = e.footnoteId ? `[^${e.footnoteId}]` : '';
  return [
    `${level} ${escapeMarkdown(e.heading)}${e.footnoteId ? '\\*' : ''}${mark}`,
    '',
    escapeMarkdown(e.originalLine),
    '',
    escapeMarkdown(e.dateLine),
    '',
    ...e.blocks.flatMap((b) => [block(b), '']),
  ].join('\n');
}

export function renderMarkdown(document: ReportDocument): string {
  const { header, language } = document;
  const headerLine = (text: string | null) => (text === null ? null : `${escapeMarkdown(text)}  `);
  const lines = [
    headerLine(header.organ),
    `**${escapeMarkdown(header.symbol)}**  `,
    headerLine(header.distribution),
    headerLine(header.issuedOn),
    headerLine(header.versionLanguage),
    headerLine(header.originalLanguage),
    '',
    header.body === null ? null : `**${escapeMarkdown(header.body)}**  `,
    headerLine(header.session),
    headerLine(header.sessionDates),
    headerLine(header.agenda),
    '',
    `# ${escapeMarkdown(header.title)}`,
    '',
    `*${escapeMarkdown(header.subtitle)}*`,
    '',
    header.agendaFootnote === null ? null : `${escapeMarkdown(header.agendaFootnote)}`,
    '',
  ].filter((l): l is string => l !== null);
  for (const section of document.sections) {
    lines.push(`## ${escapeMarkdown(headingLine(section.number, section.heading, language))}`, '');
    for (const p of section.paragraphs) lines.push(`${p.number}\\. ${escapeMarkdown(p.text)}`, '');
    for (const e of section.entries) lines.push(entry(e, '###'));
    for (const sub of section.subsections) {
      lines.push(`### ${escapeMarkdown(headingLine(sub.letter, sub.heading, language))}`, '');
      for (const e of sub.entries) lines.push(entry(e, '####'));
    }
  }
  for (const note of document.footnotes) lines.push(`[^${note.id}]: ${escapeMarkdown(note.text)}`);
  return (
    lines
      .filter((line, i, all) => !(line === '' && all[i - 1] === ''))
      .join('\n')
      .trim() + '\n'
  );
}
