import { ListNumbering, formatListNumber, tagNumberingXml, type MammothListLevel } from './word-numbering';

const NUMBERING = `<?xml version="1.0"?><w:numbering xmlns:w="urn:w">
<w:abstractNum w:abstractNumId="7">
  <w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="8">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:pStyle w:val="Heading1"/><w:lvlText w:val="Chapter %1"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="7"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="8"/></w:num>
</w:numbering>`;

const listItem = (numId: string, level: number): MammothListLevel => ({
  isOrdered: true,
  level: String(level),
  paragraphStyleId: `replies-list-${numId}-${level}`,
});

describe('tagNumberingXml', () => {
  const { xml } = tagNumberingXml(NUMBERING);

  it('points every list instance at its own copy of its abstract list, each level tagged', () => {
    expect(xml).toContain('<w:num w:numId="1"><w:abstractNumId w:val="replies-1"/></w:num>');
    expect(xml).toContain('<w:num w:numId="2"><w:abstractNumId w:val="replies-2"/>');
    expect(xml).toContain('<w:abstractNum w:abstractNumId="replies-2">');
    expect(xml).toContain('<w:lvl w:ilvl="1"><w:pStyle w:val="replies-list-2-1"/><w:start w:val="1"/>');
  });

  it('keeps the original lists, with their style links, and ends the document properly', () => {
    expect(xml).toContain('<w:abstractNum w:abstractNumId="7">');
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).toContain(
      '<w:lvl w:ilvl="0"><w:pStyle w:val="replies-list-3-0"/><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText',
    );
    expect(xml.match(/<w:abstractNum\b/g)).toHaveLength(5);
    expect(xml.trimEnd().endsWith('</w:abstractNum></w:numbering>')).toBe(true);
  });
});

describe('tagNumberingXml on hostile input', () => {
  it('reads 200,000 unclosed lists in linear time', () => {
    const hostile = `<w:numbering>${'<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0">'.repeat(200_000)}</w:numbering>`;
    const started = Date.now();
    expect(tagNumberingXml(hostile).xml).toBe(hostile);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('stops copying lists at 5 million characters, however many instances point at a big one', () => {
    const big = `<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/>${' '.repeat(100_000)}</w:lvl></w:abstractNum>`;
    const nums = Array.from(
      { length: 500 },
      (_, i) => `<w:num w:numId="${i}"><w:abstractNumId w:val="1"/></w:num>`,
    ).join('');
    const { xml, definitions } = tagNumberingXml(`<w:numbering>${big}${nums}</w:numbering>`);
    expect(definitions.nums.size).toBe(49);
    expect(xml.length).toBeLessThan(big.length + nums.length + 5_000_000);
    expect(xml).toContain('<w:num w:numId="48"><w:abstractNumId w:val="replies-48"/></w:num>');
    expect(xml).toContain('<w:num w:numId="49"><w:abstractNumId w:val="1"/></w:num>');
  });
});

describe('ListNumbering', () => {
  it('numbers from the start value, with multi-level text, resetting deeper levels and honouring a restart', () => {
    const numbering = new ListNumbering(tagNumberingXml(NUMBERING).definitions);
    const prefixes = [
      listItem('1', 0),
      listItem('1', 1),
      listItem('1', 1),
      listItem('1', 0),
      listItem('1', 1),
      listItem('2', 0),
      listItem('2', 0),
      { isOrdered: true, level: '0', paragraphStyleId: 'Heading1' },
      { isOrdered: true, level: '0', paragraphStyleId: 'Heading1' },
      null,
    ].map((level) => numbering.next(level));
    expect(prefixes).toEqual(['3. ', '3.1 ', '3.2 ', '4. ', '4.1 ', '1. ', '2. ', 'Chapter I ', 'Chapter II ', '']);
  });

  it('falls back to "- " and 1., 2. for lists it has no definition for', () => {
    const numbering = new ListNumbering();
    const ordered = { isOrdered: true, level: '0' };
    const other = { isOrdered: true, level: '0' };
    const bullet = { isOrdered: false, level: '0' };
    expect([ordered, bullet, ordered, other, ordered].map((level) => numbering.next(level))).toEqual([
      '1. ',
      '- ',
      '2. ',
      '1. ',
      '3. ',
    ]);
  });
});

describe('formatListNumber', () => {
  it.each([
    [1, 'decimal', '1'],
    [1, 'lowerLetter', 'a'],
    [26, 'upperLetter', 'Z'],
    [28, 'lowerLetter', 'bb'],
    [14, 'lowerRoman', 'xiv'],
    [1999, 'upperRoman', 'MCMXCIX'],
    [3, 'decimalZero', '03'],
    [4, 'none', ''],
    [5, 'chineseCounting', '5'],
  ])('%i as %s is "%s"', (n, format, expected) => {
    expect(formatListNumber(n, format)).toBe(expected);
  });
});
