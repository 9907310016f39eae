import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReport } from '../../apps/api/src/modules/compilation/model/build-report';
import {
  headingLine,
  type ReportDocument,
  type ReportEntry,
} from '../../apps/api/src/modules/compilation/model/report-model';
import { a6599Input, fullTextUrl } from './report-fixture';

/**
 * Golden test: A/65/99 rebuilt from its replies must read like the Chinese document as printed
 * (tests/fixtures/A-65-99-zh.txt, the seed) — same sections, entries, original and date lines,
 * asterisks, footnotes, length sentences and introduction — except the seed's own slip (Georgia's
 * entry names the Netherlands), which generated text never makes.
 */
const seed = readFileSync(join(__dirname, '../fixtures/A-65-99-zh.txt'), 'utf8');
const seedLines = seed
  .split('\n')
  .map((line) => line.trim())
  .filter(Boolean);
const seedJoined = seedLines.join('');
const SEED_URL = /\(http:\/\/www\.un\.org\/disarmament(?:\/WMD)?\/?\)/g;
const normalizeBrackets = (text: string) => text.replace(/\[/g, '［').replace(/\]/g, '］');

/** The entries as printed in the seed: the name line before each ［原件：…］ line, and the date line after it. */
function seedEntries() {
  const entries: { name: string; asterisk: boolean; original: string; date: string }[] = [];
  seedLines.forEach((line, i) => {
    if (!/^[［[]原件：/.test(line)) return;
    const name = seedLines[i - 1];
    entries.push({
      name: name.replace(/\s*\*\s*$/, '').trim(),
      asterisk: /\*\s*$/.test(name),
      original: normalizeBrackets(line),
      date: normalizeBrackets(seedLines[i + 1]),
    });
  });
  return entries;
}

function allEntries(document: ReportDocument): ReportEntry[] {
  return document.sections.flatMap((s) => [...s.entries, ...s.subsections.flatMap((sub) => sub.entries)]);
}

const zh = buildReport(a6599Input('zh'));

describe('A/65/99 in Chinese, rebuilt from its replies', () => {
  it('has the sections and subsections of the seed, in its order and wording', () => {
    const seedHeadings = seedLines.filter((line) => /^([一二三]|[AB])\. /.test(line));
    const ours = zh.sections.flatMap((s) => [
      headingLine(s.number, s.heading, 'zh'),
      ...s.subsections.map((sub) => headingLine(sub.letter, sub.heading, 'zh')),
    ]);
    expect(ours).toEqual(seedHeadings);
    expect(ours).toEqual([
      '一. 导言',
      '二. 从会员国收到的答复',
      '三. 从国际组织收到的资料',
      'A. 联合国系统',
      'B. 其他国际组织',
    ]);
  });

  it('lists the 25 entries in the seed order (the English order), with the same asterisks, original and date lines', () => {
    const ours = allEntries(zh).map((e) => ({
      name: e.heading,
      asterisk: e.footnoteId !== null,
      original: e.originalLine,
      date: e.dateLine,
    }));
    expect(ours).toEqual(seedEntries());
    expect(ours).toHaveLength(25);
  });

  const seedParagraph = (n: number) => seedJoined.match(new RegExp(`${n}\\. (.*?)(?=${n + 1}\\. |二\\. )`))![1];

  it('writes the introduction as the seed does, listing every State in report order', () => {
    const [first, second, third, fourth] = zh.sections[0].paragraphs.map((p) => p.text);
    // The mandate paragraph as the cycle gives it, closed by the generated sentence.
    expect(first).toBe(seedParagraph(1));
    // The editor's own paragraph on the requests (A/65/99 asked organizations for executive summaries),
    // followed by the generated new-information-only sentence.
    expect(second).toBe(seedParagraph(2));
    expect(zh.sections[0].paragraphs[1]).toMatchObject({ key: 'requests', edited: true });
    expect(third).toBe(seedParagraph(3));
    expect(third).toContain(
      '收到了澳大利亚、芬兰、格鲁吉亚、匈牙利、墨西哥、摩洛哥、荷兰、挪威、泰国、土库曼斯坦和乌克兰等国的答复',
    );
    expect(third).toContain('还收到了 14 个国际组织的答复');
    expect(fourth).toBe('此后收到的答复将作为本报告的增编印发。');
  });

  it("generates the seed's sentence on the note verbale from the cycle's request wording", () => {
    const input = a6599Input('zh');
    input.cycle.introduction = {};
    const generated = buildReport(input).sections[0].paragraphs[1].text;
    const seedNoteVerbale = seedParagraph(2).split('。')[0] + '。';
    expect(seedNoteVerbale).toBe(
      '2010 年 2 月 19 日，秘书长发出普通照会，请会员国向秘书长通报已采取的措施，并就这个问题提出看法。',
    );
    expect(generated.startsWith(seedNoteVerbale)).toBe(true);
    expect(generated).toContain(
      '2010 年 2 月 17 日和 18 日，秘书长又致函有关国际组织，包括联合国各有关机关和机构，请它们向秘书长通报已采取的措施，并就这个问题提出看法。',
    );
  });

  it("prints the seed's length sentence naming each entry's own sender, never another", () => {
    const lengthSentences = seedJoined.match(/为了遵守.*?答复全文将载于裁军事务厅网站上(?:\(http[^)]*\))?。/g)!;
    expect(lengthSentences).toHaveLength(5); // Georgia, the Netherlands, Turkmenistan, Ukraine, League of Arab States
    const ukraine = lengthSentences.find((s) => s.includes('从乌克兰政府收到的答复'))!;
    const ours = (code: string) => allEntries(zh).find((e) => e.entityCode === code)!.blocks[0].text;
    expect(ours('UKR')).toBe(ukraine.replace(SEED_URL, `(${fullTextUrl('UKR')})`));
    expect(ours('TKM')).toContain('从土库曼斯坦政府收到的答复');
    expect(ours('LAS')).toContain('从阿拉伯国家联盟收到的答复');
    // The seed's Georgia entry names the Netherlands (a copy-and-paste slip); ours names Georgia.
    expect(lengthSentences.filter((s) => s.includes('从荷兰王国政府收到的答复'))).toHaveLength(2);
    expect(ours('GEO')).toContain('从格鲁吉亚政府收到的答复');
    expect(ours('GEO')).not.toContain('荷兰');
  });

  it('gives every asterisk a footnote in the seed wording, pointing at that reply on the web', () => {
    const seedFootnote = seedJoined.match(
      /澳大利亚政府提供的资料全文可在裁军事务厅网站上查阅\(http[^)]*\)。提供了执行摘要列入本报告。/,
    )![0];
    expect(zh.footnotes).toHaveLength(9);
    expect(zh.footnotes[0]).toEqual({
      id: 1,
      entityCode: 'AUS',
      url: fullTextUrl('AUS'),
      text: seedFootnote.replace(SEED_URL, `(${fullTextUrl('AUS')})`),
    });
    expect(zh.footnotes.map((f) => f.entityCode)).toEqual([
      'AUS',
      'MEX',
      'THA',
      'ICAO',
      'IMO',
      'CARICOM',
      'CIS',
      'NATO',
      'OPCW',
    ]);
    expect(zh.footnotes.find((f) => f.entityCode === 'NATO')!.text).toMatch(/^北大西洋公约组织提供的资料全文/);
  });

  it("keeps a reply's own numbering, bullets and lettered subparagraphs", () => {
    const morocco = allEntries(zh).find((e) => e.entityCode === 'MAR')!;
    expect(
      morocco.blocks.map((b) =>
        b.kind === 'paragraph' ? `p${b.number ?? ''}` : b.kind === 'bullet' ? `•${b.level}` : b.label,
      ),
    ).toEqual(['p', 'p1.', '•1', '•1', '•2', '•2', 'p2.', '(a)', '(b)']);
  });

  it('has the header of a Secretary-General report, its distribution block in English as Chinese documents print it', () => {
    expect(zh.header).toEqual({
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
      agenda: '暂定项目表*项目 99',
      agendaFootnote: '* A/65/50。',
      title: '防止恐怖分子获取大规模毁灭性武器的措施',
      subtitle: '秘书长的报告',
    });
  });
});

describe('A/65/99 in English', () => {
  const en = buildReport(a6599Input('en'));

  it('uses the English formulas', () => {
    expect(en.sections.map((s) => headingLine(s.number, s.heading, 'en'))).toEqual([
      'I. Introduction',
      'II. Replies received from Governments',
      'III. Information received from international organizations',
    ]);
    expect(en.sections[2].subsections.map((s) => headingLine(s.letter, s.heading, 'en'))).toEqual([
      'A. United Nations system',
      'B. Other international organizations',
    ]);
    const [first, second, third, fourth] = en.sections[0].paragraphs.map((p) => p.text);
    expect(first).toMatch(
      /^In its resolution 64\/38, entitled "Measures to prevent terrorists from acquiring weapons of mass destruction", the General Assembly urged all Member States/,
    );
    expect(first).toMatch(/The present report is submitted pursuant to that request\.$/);
    expect(second).toMatch(
      /^Pursuant to that request, on 19 February 2010, a note verbale was sent to Member States inviting them to provide information on the subject\. On 17 and 18 February 2010, letters were sent/,
    );
    expect(second).toContain(
      'Organizations that had reported on their relevant activities in 2009 were invited to submit only new information not previously provided.',
    );
    expect(third).toContain(
      'As at 23 June 2010, replies had been received from Australia, Finland, Georgia, Hungary, Mexico, Morocco, the Netherlands, Norway, Thailand, Turkmenistan and Ukraine.',
    );
    expect(fourth).toBe('Any additional replies received will be issued as addenda to the present report.');
    expect(en.header).toMatchObject({
      organ: 'General Assembly',
      distribution: 'Distr.: General',
      issuedOn: '2 July 2010',
      versionLanguage: null,
      originalLanguage: 'Original: English',
      session: 'Sixty-fifth session',
      agenda: 'Item 99 of the preliminary list*',
      agendaFootnote: '* A/65/50.',
      subtitle: 'Report of the Secretary-General',
    });
  });

  it('prints entries with [Original: …] and [date] lines, asterisks and footnotes naming the same sender', () => {
    const entries = allEntries(en);
    expect(entries.map((e) => e.heading).slice(0, 11)).toEqual([
      'Australia',
      'Finland',
      'Georgia',
      'Hungary',
      'Mexico',
      'Morocco',
      'Netherlands',
      'Norway',
      'Thailand',
      'Turkmenistan',
      'Ukraine',
    ]);
    expect(entries[4]).toMatchObject({
      heading: 'Mexico',
      originalLine: '[Original: Spanish]',
      dateLine: '[24 May 2010]',
      footnoteId: 2,
    });
    expect(en.footnotes[1].text).toBe(
      `The full text of the information provided by the Government of Mexico is available on the website of the Office for Disarmament Affairs (${fullTextUrl('MEX')}). An executive summary was provided for inclusion in the present report.`,
    );
    const netherlands = entries.find((e) => e.entityCode === 'NLD')!;
    expect(netherlands.blocks[0].text).toContain(
      'the reply received from the Government of the Netherlands has not been reproduced here, as it exceeds the acceptable length',
    );
    expect(entries.find((e) => e.entityCode === 'LAS')!.blocks[0].text).toContain(
      'the reply received from the League of Arab States',
    );
  });
});
