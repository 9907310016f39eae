import JSZip from 'jszip';
import type { ReportDocument, ReportEntry } from '../model/report-model';
import { renderDocx } from './docx';
import { splitByDirection } from './docx-bidi';

// ----- Reports built by hand -----

const GERMANY_URL = 'https://www.un.org/disarmament/a-65-99/DEU';
const OSCE_URL = 'https://www.un.org/disarmament/a-65-99/OSCE';

function entry(overrides: Partial<ReportEntry> & Pick<ReportEntry, 'entityCode' | 'heading'>): ReportEntry {
  return {
    decision: 'FULL',
    footnoteId: null,
    originalLine: '[Original: English]',
    dateLine: '[1 June 2010]',
    blocks: [{ kind: 'paragraph', number: null, text: `Reply of ${overrides.heading}.` }],
    fullTextUrl: `https://www.un.org/disarmament/a-65-99/${overrides.entityCode}`,
    ...overrides,
  };
}

function englishReport(): ReportDocument {
  return {
    language: 'en',
    direction: 'ltr',
    symbol: 'A/65/99',
    addendum: 0,
    header: {
      organ: 'General Assembly',
      body: null,
      symbol: 'A/65/99',
      distributionLanguage: 'en',
      distribution: 'Distr.: General',
      issuedOn: '2 July 2010',
      versionLanguage: null,
      originalLanguage: 'Original: English',
      session: 'Sixty-fifth session',
      sessionDates: null,
      agenda: 'Agenda item 104',
      agendaFootnote: null,
      title: 'Measures to prevent terrorists from acquiring weapons of mass destruction',
      subtitle: 'Report of the Secretary-General',
    },
    sections: [
      {
        id: 'introduction',
        number: 'I',
        heading: 'Introduction',
        paragraphs: [
          {
            number: 1,
            text: 'The General Assembly, in its resolution 64/38, requested the Secretary-General to report.',
          },
          { number: 2, text: 'A note verbale was sent to Member States on 10 February 2010.' },
          { number: 3, text: 'Replies received are reproduced in section II.' },
        ],
        entries: [],
        subsections: [],
      },
      {
        id: 'states',
        number: 'II',
        heading: 'Replies received from Governments',
        paragraphs: [],
        entries: [
          entry({ entityCode: 'CUB', heading: 'Cuba' }),
          entry({
            entityCode: 'DEU',
            heading: 'Germany',
            decision: 'SUMMARY',
            footnoteId: 1,
            originalLine: '[Original: German]',
            dateLine: '[28 May 2010]',
            blocks: [
              { kind: 'paragraph', number: '1.', text: 'Germany has taken the following measures.' },
              { kind: 'paragraph', number: null, text: 'Export controls were strengthened.' },
              { kind: 'bullet', level: 1, marker: '•', text: 'Licensing of dual-use goods' },
              { kind: 'bullet', level: 2, marker: '–', text: 'Catch-all clause' },
              { kind: 'subparagraph', label: '(a)', text: 'Criminal law provisions' },
            ],
            fullTextUrl: GERMANY_URL,
          }),
        ],
        subsections: [],
      },
      {
        id: 'organizations',
        number: 'III',
        heading: 'Information received from international organizations',
        paragraphs: [],
        entries: [],
        subsections: [
          {
            id: 'un-system',
            letter: 'A',
            heading: 'United Nations system',
            entries: [
              entry({
                entityCode: 'IAEA',
                heading: 'International Atomic Energy Agency',
                blocks: [
                  { kind: 'paragraph', number: null, text: 'Its activities are described at https://www.iaea.org.' },
                ],
              }),
            ],
          },
          {
            id: 'other',
            letter: 'B',
            heading: 'Other international organizations',
            entries: [
              entry({
                entityCode: 'OSCE',
                heading: 'Organization for Security and Co-operation in Europe',
                decision: 'WEB_ONLY',
                blocks: [
                  {
                    kind: 'paragraph',
                    number: null,
                    text: `The full text of the reply is available on the website (${OSCE_URL}).`,
                  },
                ],
                fullTextUrl: OSCE_URL,
              }),
            ],
          },
        ],
      },
    ],
    footnotes: [
      {
        id: 1,
        entityCode: 'DEU',
        text: `The full text of the information provided by Germany is available on the website of the Office for Disarmament Affairs (${GERMANY_URL}). A summary was provided for inclusion in the present report.`,
        url: GERMANY_URL,
      },
    ],
  };
}

function chineseReport(): ReportDocument {
  return {
    language: 'zh',
    direction: 'ltr',
    symbol: 'A/65/99',
    addendum: 0,
    header: {
      organ: '大会',
      body: null,
      symbol: 'A/65/99',
      distributionLanguage: 'en',
      distribution: 'Distr.: General',
      issuedOn: '2 July 2010',
      versionLanguage: 'Chinese',
      originalLanguage: 'Original: English',
      session: '第六十五届会议',
      sessionDates: null,
      agenda: '临时议程*项目 104',
      agendaFootnote: '* A/65/50。',
      title: '防止恐怖分子获取大规模毁灭性武器的措施',
      subtitle: '秘书长的报告',
    },
    sections: [
      {
        id: 'introduction',
        number: '一',
        heading: '导言',
        paragraphs: [{ number: 1, text: '大会第64/38号决议请秘书长提交报告。' }],
        entries: [],
        subsections: [],
      },
      {
        id: 'states',
        number: '二',
        heading: '从各国政府收到的答复',
        paragraphs: [],
        entries: [
          entry({
            entityCode: 'CUB',
            heading: '古巴',
            originalLine: '［原件：西班牙文］',
            dateLine: '［2010年6月1日］',
            blocks: [{ kind: 'paragraph', number: null, text: '古巴支持“全面彻底裁军”。' }],
          }),
          entry({
            entityCode: 'JPN',
            heading: '日本',
            decision: 'SUMMARY',
            footnoteId: 1,
            originalLine: '［原件：英文］',
            dateLine: '［2010年5月31日］',
            fullTextUrl: 'https://www.un.org/disarmament/a-65-99/JPN',
          }),
        ],
        subsections: [],
      },
    ],
    footnotes: [
      { id: 1, entityCode: 'JPN', text: '已提交摘要以列入本报告。', url: 'https://www.un.org/disarmament/a-65-99/JPN' },
    ],
  };
}

function arabicReport(): ReportDocument {
  const url = 'https://www.un.org/disarmament/a-65-99/EGY';
  return {
    language: 'ar',
    direction: 'rtl',
    symbol: 'A/65/99',
    addendum: 0,
    header: {
      organ: 'الجمعية العامة',
      body: null,
      symbol: 'A/65/99',
      distributionLanguage: 'en',
      distribution: 'Distr.: General',
      issuedOn: null,
      versionLanguage: 'Arabic',
      originalLanguage: 'Original: English',
      session: 'الدورة الخامسة والستون',
      sessionDates: null,
      agenda: null,
      agendaFootnote: null,
      title: 'تدابير منع الإرهابيين من حيازة أسلحة الدمار الشامل',
      subtitle: 'تقرير الأمين العام',
    },
    sections: [
      {
        id: 'introduction',
        number: 'أولا',
        heading: 'مقدمة',
        paragraphs: [{ number: 1, text: 'طلبت الجمعية العامة، في قرارها 64/38، إلى الأمين العام أن يقدم تقريرا.' }],
        entries: [],
        subsections: [],
      },
      {
        id: 'states',
        number: 'ثانيا',
        heading: 'الردود الواردة من الحكومات',
        paragraphs: [],
        entries: [
          entry({
            entityCode: 'EGY',
            heading: 'مصر',
            footnoteId: 7,
            originalLine: '[الأصل: بالعربية]',
            dateLine: '[1 حزيران/يونيه 2010]',
            blocks: [{ kind: 'paragraph', number: '1.', text: 'تؤيد مصر الوثيقة A/65/99.' }],
            fullTextUrl: url,
          }),
        ],
        subsections: [],
      },
    ],
    footnotes: [{ id: 7, entityCode: 'EGY', text: `النص الكامل متاح على الموقع الشبكي (${url}).`, url }],
  };
}

// ----- Reading the package -----

interface Package {
  document: string;
  footnotes: string;
  footnotesRels: string;
  documentRels: string;
  styles: string;
  core: string;
}

async function open(bytes: Buffer): Promise<Package> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (path: string) => {
    const file = zip.file(path);
    if (!file) throw new Error(`${path} is missing from the package`);
    return file.async('string');
  };
  return {
    document: await read('word/document.xml'),
    footnotes: await read('word/footnotes.xml'),
    footnotesRels: await read('word/_rels/footnotes.xml.rels'),
    documentRels: await read('word/_rels/document.xml.rels'),
    styles: await read('word/styles.xml'),
    core: await read('docProps/core.xml'),
  };
}

interface WordParagraph {
  style: string | null;
  text: string;
  xml: string;
}

const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The body's paragraphs in order, with their style and their text (a tab as "\t"). */
function paragraphs(xml: string): WordParagraph[] {
  return [...xml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].map(([paragraph, content]) => ({
    style: content.match(/<w:pStyle w:val="([^"]+)"\/>/)?.[1] ?? null,
    text: decode(
      [...content.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>|<w:tab\/>/g)].map((match) => match[1] ?? '\t').join(''),
    ),
    xml: paragraph,
  }));
}

function paragraphWithText(all: WordParagraph[], text: string): WordParagraph {
  const found = all.find((paragraph) => paragraph.text === text);
  if (!found)
    throw new Error(`No paragraph reads "${text}"; the paragraphs are:\n${all.map((p) => p.text).join('\n')}`);
  return found;
}

/** The paragraph that follows the one reading `text`. */
function after(all: WordParagraph[], text: string, offset = 1): WordParagraph {
  return all[all.indexOf(paragraphWithText(all, text)) + offset];
}

// ----- The tests -----

describe('renderDocx, English', () => {
  let word: Package;
  let body: WordParagraph[];
  beforeAll(async () => {
    word = await open(await renderDocx(englishReport()));
    body = paragraphs(word.document.match(/<w:body>([\s\S]*)<\/w:body>/)![1]);
  });

  it('opens with the header block: organ, symbol and distribution on the right, session, agenda item, title', () => {
    expect(body.slice(0, 9).map((paragraph) => paragraph.text)).toEqual([
      'General Assembly',
      'A/65/99',
      'Distr.: General',
      '2 July 2010',
      'Original: English',
      'Sixty-fifth session',
      'Agenda item 104',
      'Measures to prevent terrorists from acquiring weapons of mass destruction',
      'Report of the Secretary-General',
    ]);
    const [, symbol, distribution, , , session, , title] = body;
    expect(distribution.xml).toContain('<w:jc w:val="end"/>');
    expect(symbol.xml).toContain('<w:jc w:val="end"/>');
    expect(symbol.xml).toContain('<w:b/>');
    expect(session.xml).not.toContain('<w:b/>');
    expect(title.xml).toContain('<w:b/>');
    expect(title.xml).toContain('<w:sz w:val="28"/>');
  });

  it('says nothing of direction in a left-to-right report', () => {
    expect(word.document).not.toMatch(/<w:bidi|<w:rtl/);
  });

  it('makes sections, subsections and entry names Word headings 1, 2 and 3, in order', () => {
    const headings = body
      .filter((paragraph) => paragraph.style?.startsWith('Heading'))
      .map((paragraph) => `${paragraph.style}: ${paragraph.text}`);
    expect(headings).toEqual([
      'Heading1: I. Introduction',
      'Heading1: II. Replies received from Governments',
      'Heading3: Cuba',
      'Heading3: Germany*',
      'Heading1: III. Information received from international organizations',
      'Heading2: A. United Nations system',
      'Heading3: International Atomic Energy Agency',
      'Heading2: B. Other international organizations',
      'Heading3: Organization for Security and Co-operation in Europe',
    ]);
  });

  it('prints the introduction’s paragraph numbers as text, with a hanging indent, and no Word list numbering', () => {
    expect([1, 2, 3].map((offset) => after(body, 'I. Introduction', offset).text)).toEqual([
      '1.\tThe General Assembly, in its resolution 64/38, requested the Secretary-General to report.',
      '2.\tA note verbale was sent to Member States on 10 February 2010.',
      '3.\tReplies received are reproduced in section II.',
    ]);
    expect(after(body, 'I. Introduction').xml).toContain('<w:ind w:start="567" w:hanging="567"/>');
    expect(word.document).not.toContain('<w:numPr>');
  });

  it('puts the original language and the date on the right under each entry name', () => {
    expect(after(body, 'Germany*', 1).text).toBe('[Original: German]');
    expect(after(body, 'Germany*', 1).xml).toContain('<w:jc w:val="end"/>');
    expect(after(body, 'Germany*', 2).text).toBe('[28 May 2010]');
    expect(after(body, 'Germany*', 2).xml).toContain('<w:jc w:val="end"/>');
    expect(after(body, 'Cuba', 1).text).toBe('[Original: English]');
  });

  it('keeps each kind of block: numbered and plain paragraphs, bullets by level, lettered subparagraphs', () => {
    const blocks = [3, 4, 5, 6, 7].map((offset) => after(body, 'Germany*', offset));
    expect(blocks.map((block) => block.text)).toEqual([
      '1.\tGermany has taken the following measures.',
      'Export controls were strengthened.',
      '•\tLicensing of dual-use goods',
      '–\tCatch-all clause',
      '(a)\tCriminal law provisions',
    ]);
    expect(blocks.map((block) => block.xml.match(/<w:ind [^>]*\/>/)?.[0])).toEqual([
      '<w:ind w:start="567" w:hanging="567"/>',
      '<w:ind w:start="567"/>',
      '<w:ind w:start="1134" w:hanging="567"/>',
      '<w:ind w:start="1701" w:hanging="567"/>',
      '<w:ind w:start="1701" w:hanging="567"/>',
    ]);
  });

  it('carries a real Word footnote on the asterisk after a summarized entry’s name', () => {
    const germany = paragraphWithText(body, 'Germany*');
    expect(germany.xml).toMatch(
      /<w:footnoteReference w:customMarkFollows="1" w:id="1"\/><w:t xml:space="preserve">\*<\/w:t>/,
    );
    expect(paragraphWithText(body, 'Cuba').xml).not.toContain('footnoteReference');
  });

  it('writes the footnote’s text, starting with its "*", with the address as a hyperlink', () => {
    const footnote = word.footnotes.match(/<w:footnote w:id="1">([\s\S]*?)<\/w:footnote>/)?.[1] ?? '';
    const [note] = paragraphs(footnote);
    expect(note.text).toBe(`* ${englishReport().footnotes[0].text}`);
    expect(note.style).toBe('FootnoteText');
    expect(footnote).not.toContain('<w:footnoteRef/>');
    const linkId = footnote.match(/<w:hyperlink [^>]*r:id="([^"]+)"/)?.[1];
    expect(linkId).toMatch(/^rId\d+$/);
    expect(word.footnotesRels).toContain(
      `Id="${linkId}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${GERMANY_URL}" TargetMode="External"`,
    );
  });

  it('links the address of the full text where a reply’s text gives it', () => {
    const osce = after(body, 'Organization for Security and Co-operation in Europe', 3);
    expect(osce.text).toBe(`The full text of the reply is available on the website (${OSCE_URL}).`);
    const linkId = osce.xml.match(/<w:hyperlink [^>]*r:id="([^"]+)"><w:r><w:rPr><w:rStyle w:val="Hyperlink"\/>/)?.[1];
    expect(linkId).toMatch(/^rId\d+$/);
    expect(word.documentRels).toContain(
      `Id="${linkId}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${OSCE_URL}"`,
    );
    expect(after(body, 'Cuba', 3).xml).not.toContain('<w:hyperlink');
  });

  it('links any other address in a reply, leaving the full stop after it out of the link', () => {
    const iaea = after(body, 'International Atomic Energy Agency', 3);
    expect(iaea.text).toBe('Its activities are described at https://www.iaea.org.');
    expect(iaea.xml).toMatch(
      /<w:t xml:space="preserve">https:\/\/www\.iaea\.org<\/w:t><\/w:r><\/w:hyperlink><w:r>.*<w:t xml:space="preserve">\.<\/w:t>/,
    );
    expect(word.documentRels).toContain('Target="https://www.iaea.org" TargetMode="External"');
  });

  it('sets fonts for every script and the document language', () => {
    const defaults = word.styles.match(/<w:docDefaults>[\s\S]*?<\/w:docDefaults>/)?.[0];
    expect(defaults).toContain(
      '<w:rFonts w:ascii="Times New Roman" w:cs="Arial" w:eastAsia="SimSun" w:hAnsi="Times New Roman"/>',
    );
    expect(defaults).toContain('<w:lang w:val="en-GB" w:eastAsia="zh-CN" w:bidi="ar-SA"/>');
    expect(paragraphWithText(body, 'Cuba').xml).toContain('w:eastAsia="SimSun"');
  });

  it('gives the document its title and symbol as properties, dated with a fixed date', () => {
    expect(word.core).toContain(
      '<dc:title>Measures to prevent terrorists from acquiring weapons of mass destruction</dc:title>',
    );
    expect(word.core).toContain('<dc:subject>A/65/99</dc:subject>');
    expect(word.core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">1980-01-01T00:00:00Z</dcterms:created>');
  });

  it('gives the same bytes for the same report', async () => {
    const [first, second] = [await renderDocx(englishReport()), await renderDocx(englishReport())];
    expect(first.equals(second)).toBe(true);
  });

  it('refuses an entry whose footnote the report does not have', async () => {
    const report = englishReport();
    report.footnotes = [];
    await expect(renderDocx(report)).rejects.toThrow(
      'The entry DEU refers to footnote 1, which the report does not have',
    );
  });
});

describe('renderDocx, Chinese', () => {
  let word: Package;
  let body: WordParagraph[];
  beforeAll(async () => {
    word = await open(await renderDocx(chineseReport()));
    body = paragraphs(word.document);
  });

  it('keeps the Chinese text intact, with Chinese headings', () => {
    expect(
      body.filter((paragraph) => paragraph.style?.startsWith('Heading')).map((paragraph) => paragraph.text),
    ).toEqual(['一. 导言', '二. 从各国政府收到的答复', '古巴', '日本*']);
    expect(body.map((paragraph) => paragraph.text)).toContain('古巴支持“全面彻底裁军”。');
    expect(word.core).toContain('<dc:title>防止恐怖分子获取大规模毁灭性武器的措施</dc:title>');
  });

  it('puts ［原件：…］ and the date on the right', () => {
    expect(after(body, '古巴', 1).text).toBe('［原件：西班牙文］');
    expect(after(body, '古巴', 1).xml).toContain('<w:jc w:val="end"/>');
    expect(after(body, '古巴', 2).text).toBe('［2010年6月1日］');
  });

  it('carries the footnote of the provisional agenda on the "*" inside the agenda line, as Word footnote 1', () => {
    const agenda = paragraphWithText(body, '临时议程*项目 104');
    expect(agenda.xml).toMatch(
      /临时议程<\/w:t><\/w:r><w:r>.*<w:footnoteReference w:customMarkFollows="1" w:id="1"\/><w:t xml:space="preserve">\*<\/w:t><\/w:r><w:r>.*项目 104/,
    );
    const footnote = word.footnotes.match(/<w:footnote w:id="1">([\s\S]*?)<\/w:footnote>/)?.[1] ?? '';
    expect(paragraphs(footnote)[0]?.text).toBe('* A/65/50。');
    expect(paragraphWithText(body, '日本*').xml).toContain('<w:footnoteReference w:customMarkFollows="1" w:id="2"/>');
  });

  it('prints the distribution block in English, as Chinese UN documents do', () => {
    expect(body.slice(0, 6).map((paragraph) => paragraph.text)).toEqual([
      '大会',
      'A/65/99',
      'Distr.: General',
      '2 July 2010',
      'Chinese',
      'Original: English',
    ]);
  });

  it('adds the address to a footnote whose text does not give it, as a hyperlink', () => {
    const footnote = word.footnotes.match(/<w:footnote w:id="2">([\s\S]*?)<\/w:footnote>/)?.[1] ?? '';
    expect(paragraphs(footnote)[0]?.text).toBe('* 已提交摘要以列入本报告。 https://www.un.org/disarmament/a-65-99/JPN');
    expect(footnote).toMatch(/<w:hyperlink [^>]*r:id="rId\d+"><w:r><w:rPr><w:rStyle w:val="Hyperlink"\/>/);
  });

  it('sets the East Asian font on the runs and Chinese as the document language', () => {
    expect(paragraphWithText(body, '古巴').xml).toContain(
      '<w:rFonts w:ascii="Times New Roman" w:cs="Arial" w:eastAsia="SimSun" w:hAnsi="Times New Roman" w:hint="eastAsia"/>',
    );
    expect(word.styles).toContain('<w:lang w:val="zh-CN" w:eastAsia="zh-CN" w:bidi="ar-SA"/>');
  });
});

describe('renderDocx, Arabic', () => {
  let word: Package;
  let body: WordParagraph[];
  beforeAll(async () => {
    word = await open(await renderDocx(arabicReport()));
    body = paragraphs(word.document);
  });

  it('makes every paragraph right-to-left, its Arabic runs too', () => {
    expect(body.length).toBeGreaterThan(5);
    for (const paragraph of body) expect(paragraph.xml).toContain('<w:bidi/>');
    expect(paragraphWithText(body, 'مصر*').xml).toMatch(/<w:rtl\/><\/w:rPr><w:t xml:space="preserve">مصر<\/w:t>/);
    expect(word.styles).toContain('<w:lang w:val="ar-SA" w:eastAsia="zh-CN" w:bidi="ar-SA"/>');
    expect(word.styles).toContain('w:cs="Traditional Arabic"');
  });

  it('numbers headings the Arabic way and puts the original language at the end of the line', () => {
    expect(body.filter((paragraph) => paragraph.style === 'Heading1').map((paragraph) => paragraph.text)).toEqual([
      'أولا - مقدمة',
      'ثانيا - الردود الواردة من الحكومات',
    ]);
    expect(after(body, 'مصر*', 1).text).toBe('[الأصل: بالعربية]');
    expect(after(body, 'مصر*', 1).xml).toContain('<w:jc w:val="end"/>');
  });

  it('keeps the symbol quoted in Arabic text as a left-to-right run', () => {
    const quoted = paragraphWithText(body, '1.\tتؤيد مصر الوثيقة A/65/99.').xml;
    expect(quoted).toMatch(
      /<w:r><w:rPr>(?:(?!<w:rtl\/>)[^])*?<\/w:rPr><w:t xml:space="preserve">A\/65\/99<\/w:t><\/w:r>/,
    );
    expect(quoted).toMatch(/<w:rtl\/><\/w:rPr><w:t xml:space="preserve">\.<\/w:t>/);
  });

  it('numbers the footnote for Word from 1 and writes it right to left', () => {
    expect(paragraphWithText(body, 'مصر*').xml).toContain('<w:footnoteReference w:customMarkFollows="1" w:id="1"/>');
    const note = paragraphs(word.footnotes.match(/<w:footnote w:id="1">([\s\S]*?)<\/w:footnote>/)?.[1] ?? '')[0];
    expect(note.text).toBe('* النص الكامل متاح على الموقع الشبكي (https://www.un.org/disarmament/a-65-99/EGY).');
    expect(note.xml).toContain('<w:bidi/>');
    // The address, a hyperlink, is a left-to-right run.
    expect(note.xml).toMatch(
      /<w:hyperlink [^>]*><w:r><w:rPr>(?:(?!<w:rtl\/>)[^])*?<\/w:rPr><w:t xml:space="preserve">https:/,
    );
  });
});

describe('splitByDirection', () => {
  it('leaves Latin stretches quoted in Arabic text left to right, their surroundings right to left', () => {
    expect(splitByDirection('تؤيد الوثيقة (A/65/99) والموقع https://www.un.org.')).toEqual([
      { text: 'تؤيد الوثيقة (', rightToLeft: true },
      { text: 'A/65/99', rightToLeft: false },
      { text: ') والموقع ', rightToLeft: true },
      { text: 'https://www.un.org', rightToLeft: false },
      { text: '.', rightToLeft: true },
    ]);
  });

  it('keeps digits in Arabic text right to left', () => {
    expect(splitByDirection('[1 حزيران/يونيه 2010]')).toEqual([{ text: '[1 حزيران/يونيه 2010]', rightToLeft: true }]);
  });
});
