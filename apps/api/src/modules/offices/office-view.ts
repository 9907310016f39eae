import type { TOffice } from '@replies/shared';
import type { Prisma } from '../../generated/prisma/client';

/** An office as the API returns it; pure, so the bench's bare floor server maps rows the same way. */
export const OFFICE_FIELDS = {
  code: true,
  nameEn: true,
  nameFr: true,
  nameEs: true,
  nameRu: true,
  nameZh: true,
  nameAr: true,
  website: true,
  email: true,
} as const;

type OfficeRow = Prisma.OfficeGetPayload<{ select: typeof OFFICE_FIELDS }>;

export const toOffice = (row: OfficeRow): TOffice => ({
  code: row.code,
  names: { en: row.nameEn, fr: row.nameFr, es: row.nameEs, ru: row.nameRu, zh: row.nameZh, ar: row.nameAr },
  website: row.website,
  email: row.email,
});
