import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TLanguage } from '@replies/shared';
import type {
  CompilationInput,
  CompilationOffice,
  CompilationReply,
} from '../../apps/api/src/modules/compilation/model/build-report';
import type { NamedEntity } from '../../apps/api/src/modules/compilation/model/entity-names';
import {
  officesFromCsv,
  organizationsFromCsv,
  statesFromCsv,
  type ReferenceEntity,
} from '../../apps/api/src/modules/entities/reference-data';
import { A6599_CYCLE, A6599_REPLIES } from '../../apps/api/src/demo/a-65-99';

const dir = join(__dirname, '../../prisma/reference-data');
const reference: ReferenceEntity[] = [
  ...statesFromCsv(readFileSync(join(dir, 'un-states.csv'), 'utf8')),
  ...organizationsFromCsv(readFileSync(join(dir, 'un-organizations.csv'), 'utf8')),
];

const offices = officesFromCsv(readFileSync(join(dir, 'offices.csv'), 'utf8'));

/** An office of offices.csv as the report model reads it. */
export function office(code: string): CompilationOffice {
  const o = offices.find((r) => r.code === code)!;
  return { code, names: { en: o.nameEn, fr: o.nameFr, es: o.nameEs, ru: o.nameRu, zh: o.nameZh, ar: o.nameAr } };
}

export function namedEntity(code: string): NamedEntity {
  const e = reference.find((r) => r.code === code)!;
  return {
    code,
    type: e.type,
    names: { en: e.nameEn, fr: e.nameFr, es: e.nameEs, ru: e.nameRu, zh: e.nameZh, ar: e.nameAr },
  };
}

export const fullTextUrl = (code: string) => `https://replies.example.org/reports/A-65-99/replies/${code}`;

/** A/65/99 as compilation input, straight from the fixture (no database). */
export function a6599Input(language: TLanguage, addendum: 0 | 1 = 0): CompilationInput {
  const replies: CompilationReply[] = A6599_REPLIES.map((r) => ({
    entity: namedEntity(r.entityCode),
    status: 'ACCEPTED',
    originalLanguage: r.originalLanguage,
    receivedOn: r.receivedOn,
    decision: r.decision,
    webOnly: r.decision === 'WEB_ONLY',
    texts: {
      [r.originalLanguage]: { body: r.original.body, summary: r.original.summary ?? null },
      ...(r.originalLanguage !== 'zh' ? { zh: { body: r.zh.body, summary: r.zh.summary ?? null } } : {}),
      ...(r.originalLanguage !== 'en' ? { en: { body: r.en.body, summary: r.en.summary ?? null } } : {}),
    },
  }));
  const { officeCode, agenda, ...cycle } = A6599_CYCLE;
  return {
    cycle: {
      ...cycle,
      organ: 'GENERAL_ASSEMBLY',
      office: office(officeCode),
      agenda: { ...agenda, kind: 'PRELIMINARY' },
      sessionDates: null,
      observations: {},
      previousReportYear: '2009',
    },
    language,
    addendum,
    replies,
    fullTextUrl,
  };
}
