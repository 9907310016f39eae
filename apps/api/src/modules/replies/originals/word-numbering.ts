/**
 * Word list numbers ("1.", "(a)", "iv.") are not text in the document: Word computes them from
 * word/numbering.xml. mammoth only tells a paragraph's level and whether it is ordered, not which
 * list it belongs to nor its format, so before mammoth reads the file we give every list level a
 * private paragraph-style tag (mammoth keeps a level's w:pStyle) and compute the numbers ourselves.
 */

/** What mammoth puts on `paragraph.numbering`. */
export interface MammothListLevel {
  isOrdered: boolean;
  level: string;
  paragraphStyleId?: string;
}

interface LevelDefinition {
  format: string;
  text: string;
  start: number;
}

interface ListDefinitions {
  levels: Map<string, Map<number, LevelDefinition>>;
  nums: Map<string, { abstractId: string; startOverrides: Map<number, number> }>;
  /** Levels Word links to a paragraph style (e.g. numbered headings), which mammoth finds by that style. */
  styleLevels: Map<string, { abstractId: string; level: number }>;
}

const TAG = /^replies-list-(.+)-(\d+)$/;
const tag = (numId: string, level: number) => `replies-list-${numId}-${level}`;
/** Word has levels 0 to 8. */
const MAX_LEVEL = 8;
/** Each list instance gets a copy of its abstract list; past this much copying, lists fall back to 1., 2. */
const MAX_CLONED_CHARACTERS = 5_000_000;

/** Returns numbering.xml with one tagged copy of its abstract list per list instance, and what it defines. */
export function tagNumberingXml(xml: string): { xml: string; definitions: ListDefinitions } {
  const definitions: ListDefinitions = { levels: new Map(), nums: new Map(), styleLevels: new Map() };
  const abstractXml = new Map<string, string>();
  for (const abstract of elements(xml, 'abstractNum')) {
    const id = attribute(abstract.attributes, 'w:abstractNumId');
    if (id === undefined) continue;
    abstractXml.set(id, xml.slice(abstract.start, abstract.end));
    const levels = new Map<number, LevelDefinition>();
    for (const { attributes, body } of elements(abstract.body, 'lvl')) {
      const level = Number(attribute(attributes, 'w:ilvl') ?? '0');
      levels.set(level, {
        format: value(body, 'numFmt') ?? 'decimal',
        text: value(body, 'lvlText') ?? '',
        start: Number(value(body, 'start') ?? '1') || 0,
      });
      const style = value(body, 'pStyle');
      if (style) definitions.styleLevels.set(style, { abstractId: id, level });
    }
    definitions.levels.set(id, levels);
  }

  let out = '';
  let copied = 0;
  const clones: string[] = [];
  let cloned = 0;
  for (const num of elements(xml, 'num')) {
    const numId = attribute(num.attributes, 'w:numId');
    const abstractId = value(num.body, 'abstractNumId');
    const source = abstractId === undefined ? undefined : abstractXml.get(abstractId);
    // Word's ids are whole numbers; anything else could not be written back into an attribute safely.
    if (numId === undefined || !/^\d{1,9}$/.test(numId) || abstractId === undefined || !source) continue;
    if (cloned + source.length > MAX_CLONED_CHARACTERS) break;
    cloned += source.length;

    const startOverrides = new Map<number, number>();
    for (const override of elements(num.body, 'lvlOverride')) {
      const start = value(override.body, 'startOverride');
      if (start !== undefined)
        startOverrides.set(Number(attribute(override.attributes, 'w:ilvl') ?? '0'), Number(start));
    }
    definitions.nums.set(numId, { abstractId, startOverrides });
    const cloneId = `replies-${numId}`;
    clones.push(tagLevels(source.replace(/^(<w:abstractNum\b[^<>]*?w:abstractNumId=")[^"]*"/, `$1${cloneId}"`), numId));
    const numXml = xml.slice(num.start, num.end).replace(/(<w:abstractNumId\b[^<>]*?w:val=")[^"]*"/, `$1${cloneId}"`);
    out += xml.slice(copied, num.start) + numXml;
    copied = num.end;
  }
  out += xml.slice(copied);
  return { xml: out.replace(/<\/w:numbering>\s*$/, `${clones.join('')}</w:numbering>`), definitions };
}

/** Replaces any w:pStyle of each level of an abstract list with the tag for (numId, level). */
function tagLevels(abstractXml: string, numId: string): string {
  let out = '';
  let copied = 0;
  for (const level of elements(abstractXml, 'lvl')) {
    const body = level.body.replace(/<w:pStyle\b[^<>]*\/>/g, '');
    const ilvl = Number(attribute(level.attributes, 'w:ilvl') ?? '0');
    out += `${abstractXml.slice(copied, level.start)}<w:lvl${level.attributes}><w:pStyle w:val="${tag(numId, ilvl)}"/>${body}</w:lvl>`;
    copied = level.end;
  }
  return out + abstractXml.slice(copied);
}

/** Follows the document from top to bottom and gives each list paragraph the prefix Word shows. */
export class ListNumbering {
  private readonly counters = new Map<string, number[]>();
  private readonly overridden = new Set<string>();
  private readonly fallback = new Map<MammothListLevel, number>();

  constructor(private readonly definitions: ListDefinitions = tagNumberingXml('').definitions) {}

  /** "- " for a bullet, e.g. "1. " or "(a) " for a number, "" when the paragraph is not in a list. */
  next(level: MammothListLevel | null): string {
    if (!level) return '';
    const place = this.place(level);
    if (!place) {
      if (!level.isOrdered) return '- ';
      const n = (this.fallback.get(level) ?? 0) + 1;
      this.fallback.set(level, n);
      return `${n}. `;
    }
    const levels = this.definitions.levels.get(place.abstractId)!;
    const definition = levels.get(place.level);
    if (!level.isOrdered || definition?.format === 'bullet') return '- ';

    const counters = this.counters.get(place.abstractId) ?? [];
    counters.length = place.level + 1;
    // A list instance that restarts ("Restart at 1") carries a start override, used by its first item.
    const num = place.numId === undefined ? undefined : this.definitions.nums.get(place.numId);
    const override = num?.startOverrides.get(place.level);
    const overrideKey = `${place.numId}:${place.level}`;
    if (override !== undefined && !this.overridden.has(overrideKey)) {
      this.overridden.add(overrideKey);
      counters[place.level] = override;
    } else {
      counters[place.level] = (counters[place.level] ?? (definition?.start ?? 1) - 1) + 1;
    }
    this.counters.set(place.abstractId, counters);

    const text = (definition?.text ?? `%${place.level + 1}.`).replace(/%([1-9])/g, (_, k: string) => {
      const at = Number(k) - 1;
      const other = levels.get(at);
      return formatListNumber(counters[at] ?? other?.start ?? 1, other?.format ?? 'decimal');
    });
    return text.trim() ? `${text.trim()} ` : '';
  }

  private place(level: MammothListLevel): { abstractId: string; level: number; numId?: string } | null {
    const style = level.paragraphStyleId ?? '';
    const tagged = TAG.exec(style);
    const num = tagged && this.definitions.nums.get(tagged[1]);
    const place =
      tagged && num
        ? { abstractId: num.abstractId, level: Number(tagged[2]), numId: tagged[1] }
        : this.definitions.styleLevels.get(style);
    return place && place.level >= 0 && place.level <= MAX_LEVEL ? place : null;
  }
}

export function formatListNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(n).toLowerCase();
    case 'upperLetter':
      return letters(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'decimalZero':
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    case 'none':
    case 'bullet':
      return '';
    default:
      return String(n);
  }
}

/** Word goes a…z, then aa…zz, then aaa…. */
function letters(n: number): string {
  if (n < 1) return String(n);
  return String.fromCharCode(65 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  if (n < 1 || n > 3999) return String(n);
  const numerals: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [size, numeral] of numerals) {
    for (; n >= size; n -= size) out += numeral;
  }
  return out;
}

interface XmlElement {
  start: number;
  end: number;
  attributes: string;
  body: string;
}

/**
 * Each <w:{name} …>…</w:{name}> in `xml` (not nested in itself), in one pass: numbering.xml comes
 * from the upload, so no pattern here may backtrack over the rest of the file.
 */
function elements(xml: string, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const close = `</w:${name}>`;
  let from = 0;
  for (const tag of startTags(xml, name)) {
    if (tag.start < from || tag.selfClosing) continue;
    const closeAt = xml.indexOf(close, tag.end);
    if (closeAt < 0) break;
    found.push({
      start: tag.start,
      end: closeAt + close.length,
      attributes: tag.attributes,
      body: xml.slice(tag.end, closeAt),
    });
    from = closeAt + close.length;
  }
  return found;
}

function* startTags(xml: string, name: string) {
  const open = `<w:${name}`;
  // [^<>] stops at the next tag, so each try costs at most the distance to it.
  const pattern = new RegExp(`<w:${name}(\\s[^<>]*?)?(/?)>`, 'y');
  for (let at = xml.indexOf(open); at >= 0; at = xml.indexOf(open, at + open.length)) {
    pattern.lastIndex = at;
    const match = pattern.exec(xml);
    if (match) yield { start: at, end: pattern.lastIndex, attributes: match[1] ?? '', selfClosing: match[2] === '/' };
  }
}

/** The w:val of the first <w:{name}> in `xml`. */
function value(xml: string, name: string): string | undefined {
  for (const tag of startTags(xml, name)) return attribute(tag.attributes, 'w:val');
  return undefined;
}

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attributes);
  return match ? decodeXml(match[1]) : undefined;
}

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, entity: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (entity[0] !== '#') return named[entity.toLowerCase()];
    const code = entity[1].toLowerCase() === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}
