import type { TEntityType } from '@replies/shared';

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF) into records keyed by the header row. */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field || row.length) rows.push([...row, field]);
  const [header, ...records] = rows.filter((r) => r.some((cell) => cell.trim() !== ''));
  return records.map((cells) => Object.fromEntries(header.map((name, i) => [name.trim(), (cells[i] ?? '').trim()])));
}

export interface ReferenceEntity {
  code: string;
  type: TEntityType;
  status: string | null;
  m49: number | null;
  region: string | null;
  nameEn: string;
  nameFr: string | null;
  nameEs: string | null;
  nameRu: string | null;
  nameZh: string | null;
  nameAr: string | null;
  formalEn: string | null;
  formalFr: string | null;
  formalEs: string | null;
  formalRu: string | null;
  formalZh: string | null;
  formalAr: string | null;
  acronymEn: string | null;
  acronymZh: string | null;
  acronymFr: string | null;
  acronymEs: string | null;
  acronymRu: string | null;
  acronymAr: string | null;
}

const orNull = (value: string | undefined) => (value ? value : null);

export function statesFromCsv(text: string): ReferenceEntity[] {
  return parseCsv(text).map((r) => ({
    code: r.iso3,
    type: 'STATE',
    status: orNull(r.status),
    m49: r.m49 ? Number(r.m49) : null,
    region: orNull(r.region),
    nameEn: r.short_en,
    nameFr: orNull(r.short_fr),
    nameEs: orNull(r.short_es),
    nameRu: orNull(r.short_ru),
    nameZh: orNull(r.short_zh),
    nameAr: orNull(r.short_ar),
    formalEn: orNull(r.formal_en),
    formalFr: orNull(r.formal_fr),
    formalEs: orNull(r.formal_es),
    formalRu: orNull(r.formal_ru),
    formalZh: orNull(r.formal_zh),
    formalAr: orNull(r.formal_ar),
    acronymEn: null,
    acronymZh: null,
    acronymFr: null,
    acronymEs: null,
    acronymRu: null,
    acronymAr: null,
  }));
}

export function organizationsFromCsv(text: string): ReferenceEntity[] {
  return parseCsv(text).map((r) => {
    if (r.group !== 'UN_SYSTEM' && r.group !== 'OTHER')
      throw new Error(`Organization ${r.code} has an unknown group "${r.group}".`);
    return {
      code: r.code,
      type: r.group,
      status: null,
      m49: null,
      region: null,
      nameEn: r.name_en,
      nameFr: orNull(r.name_fr),
      nameEs: orNull(r.name_es),
      nameRu: orNull(r.name_ru),
      nameZh: orNull(r.name_zh),
      nameAr: orNull(r.name_ar),
      formalEn: null,
      formalFr: null,
      formalEs: null,
      formalRu: null,
      formalZh: null,
      formalAr: null,
      acronymEn: orNull(r.acronym_en),
      acronymZh: orNull(r.acronym_zh),
      acronymFr: orNull(r.acronym_fr),
      acronymEs: orNull(r.acronym_es),
      acronymRu: orNull(r.acronym_ru),
      acronymAr: orNull(r.acronym_ar),
    };
  });
}

export interface ReferenceOffice {
  code: string;
  nameEn: string;
  nameFr: string | null;
  nameEs: string | null;
  nameRu: string | null;
  nameZh: string | null;
  nameAr: string | null;
  website: string | null;
}

export function officesFromCsv(text: string): ReferenceOffice[] {
  return parseCsv(text).map((r) => ({
    code: r.code,
    nameEn: r.name_en,
    nameFr: orNull(r.name_fr),
    nameEs: orNull(r.name_es),
    nameRu: orNull(r.name_ru),
    nameZh: orNull(r.name_zh),
    nameAr: orNull(r.name_ar),
    website: orNull(r.website),
  }));
}

/**
 * What reloading the reference data changes in a stored row: every column the reference gives a
 * value for, that differs from the stored one, and that no administrator has edited.
 */
export function referenceUpdates<T extends object, C extends keyof T & string>(
  reference: T,
  stored: { editedFields: string[] } & Partial<Record<C, unknown>>,
  columns: readonly C[],
): Partial<Pick<T, C>> {
  const edited = new Set(stored.editedFields);
  const value = (column: C): unknown => reference[column];
  return Object.fromEntries(
    columns
      .filter((column) => value(column) !== null && value(column) !== undefined && value(column) !== '')
      .filter((column) => !edited.has(column) && stored[column] !== value(column))
      .map((column) => [column, value(column)]),
  ) as Partial<Pick<T, C>>;
}
