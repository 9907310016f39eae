import type { TEntityNames } from '@replies/shared';

/** Column values for names; an empty name becomes "not known yet", an absent one is left as it is. */
export function nameColumns(names: Partial<TEntityNames>) {
  const value = (name: string | undefined) => (name === undefined ? undefined : name.trim() || null);
  return {
    nameEn: names.en?.trim() || undefined,
    nameFr: value(names.fr),
    nameEs: value(names.es),
    nameRu: value(names.ru),
    nameZh: value(names.zh),
    nameAr: value(names.ar),
  };
}

/** The columns whose new value (when given) differs from the stored one: what an administrator really edited. */
export function changedFields(
  columns: Record<string, string | null | undefined>,
  stored: Record<string, string | null | undefined>,
): string[] {
  return Object.entries(columns)
    .filter(([column, value]) => value !== undefined && (value ?? null) !== (stored[column] ?? null))
    .map(([column]) => column);
}
