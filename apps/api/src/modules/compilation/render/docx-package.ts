import JSZip from 'jszip';

/**
 * One instant for everything docx would otherwise date "now": the zip entries and the core
 * properties' created/modified dates. The zip format cannot go earlier; Word writes real dates
 * when the Secretariat saves its edited copy.
 */
export const FIXED_DATE = new Date('1980-01-01T00:00:00Z');

/** Rewrites the text of one part of the package (its path inside the zip, e.g. "word/footnotes.xml"). */
export type PartTransform = (xml: string) => string;

/**
 * Makes the same report give the same bytes. docx dates the core properties and the zip entries
 * with the current time and names hyperlink relationships at random; this opens its package and
 * writes it again with fixed dates and numbered relationship ids, applying `transforms` on the way.
 */
export async function repackDeterministically(
  bytes: Buffer,
  transforms: Record<string, PartTransform> = {},
): Promise<Buffer> {
  const source = await JSZip.loadAsync(bytes);
  const parts = new Map<string, Uint8Array>();
  for (const file of Object.values(source.files)) {
    if (!file.dir) parts.set(file.name, await file.async('uint8array'));
  }

  const text = new Map<string, string>();
  const read = (path: string) => text.get(path) ?? new TextDecoder().decode(parts.get(path));
  const transformAll: Record<string, PartTransform> = { 'docProps/core.xml': fixCoreDates, ...transforms };
  for (const [path, transform] of Object.entries(transformAll)) {
    if (parts.has(path)) text.set(path, transform(read(path)));
  }
  numberRelationshipIds([...parts.keys()], read, (path, xml) => text.set(path, xml));

  const target = new JSZip();
  // [Content_Types].xml first, as Word writes it; then docx's own order.
  const order = [...parts.keys()].sort(
    (a, b) => Number(b === '[Content_Types].xml') - Number(a === '[Content_Types].xml'),
  );
  for (const path of order) {
    target.file(path, text.get(path) ?? parts.get(path)!, { date: FIXED_DATE, createFolders: false });
  }
  return target.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

function fixCoreDates(xml: string): string {
  return xml.replace(
    /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g,
    (_match, open: string, _name: string, close: string) =>
      `${open}${FIXED_DATE.toISOString().replace('.000', '')}${close}`,
  );
}

/**
 * Renames the random relationship ids docx gives hyperlinks ("rId91ks0tiu…") to the next free
 * "rIdN" of their relationships part, in the order they were written, in the part that uses them too.
 */
function numberRelationshipIds(
  paths: string[],
  read: (path: string) => string,
  write: (path: string, xml: string) => void,
): void {
  for (const relsPath of paths) {
    const owner = relsPath.match(/^(.*?)_rels\/([^/]+)\.rels$/);
    if (!owner) continue;
    const partPath = `${owner[1]}${owner[2]}`;
    let rels = read(relsPath);
    let part = paths.includes(partPath) ? read(partPath) : null;
    const ids = [...rels.matchAll(/\bId="([^"]+)"/g)].map((match) => match[1]);
    let next = Math.max(0, ...ids.map((id) => Number(id.match(/^rId(\d+)$/)?.[1] ?? 0))) + 1;
    const random = ids.filter((id) => !/^rId\d+$/.test(id));
    if (random.length === 0) continue;
    for (const id of random) {
      const stable = `rId${next++}`;
      rels = rels.replaceAll(`Id="${id}"`, `Id="${stable}"`);
      part = part?.replaceAll(`="${id}"`, `="${stable}"`) ?? null;
    }
    write(relsPath, rels);
    if (part !== null) write(partPath, part);
  }
}
