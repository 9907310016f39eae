import type { TLanguage } from '@replies/shared';
import { buildReport, inReportOrder } from '../../apps/api/src/modules/compilation/model/build-report';
import { headingLine } from '../../apps/api/src/modules/compilation/model/report-model';
import { a6599Input, namedEntity } from './report-fixture';

const order = (codes: string[], language: TLanguage) =>
  inReportOrder(
    codes.map((code) => ({ entity: namedEntity(code) })),
    language,
  ).map((e) => e.entity.code);

describe('entry order in each language', () => {
  const codes = ['DOM', 'RUS', 'CUB', 'SLV', 'EGY', 'NLD', 'AUS', 'CHN'];

  it('follows each language’s collation of its own names, without bracketed articles', () => {
    // Spanish: Australia, China, Cuba, Egipto, El Salvador, Federación de Rusia, Países Bajos, República Dominicana.
    expect(order(codes, 'es')).toEqual(['AUS', 'CHN', 'CUB', 'EGY', 'SLV', 'RUS', 'NLD', 'DOM']);
    // French: Australie, Chine, Cuba, Égypte, El Salvador, Fédération de Russie, Pays-Bas, République dominicaine (É sorts as E).
    expect(order(codes, 'fr')).toEqual(['AUS', 'CHN', 'CUB', 'EGY', 'SLV', 'RUS', 'NLD', 'DOM']);
    // English: Australia, China, Cuba, Dominican Republic, Egypt, El Salvador, Netherlands, Russian Federation.
    expect(order(codes, 'en')).toEqual(['AUS', 'CHN', 'CUB', 'DOM', 'EGY', 'SLV', 'NLD', 'RUS']);
    // Russian: Австралия, Доминиканская Республика, Египет, Китай, Куба, Нидерланды, Российская Федерация, Сальвадор.
    expect(order(codes, 'ru')).toEqual(['AUS', 'DOM', 'EGY', 'CHN', 'CUB', 'NLD', 'RUS', 'SLV']);
  });

  it('keeps the English order in Chinese, as the Chinese A/65/99 does', () => {
    expect(order(codes, 'zh')).toEqual(order(codes, 'en'));
  });

  it('sorts Arabic names by the Arabic alphabet', () => {
    const arabic = order(codes, 'ar');
    const names = arabic.map((code) => namedEntity(code).names.ar!);
    expect([...names].sort(new Intl.Collator('ar').compare)).toEqual(names);
    expect(arabic[0]).toBe('AUS'); // أستراليا
  });
});

describe('the report in the four other languages', () => {
  it('has its own headings, dates and formulas, and Arabic reads right to left', () => {
    const fr = buildReport(a6599Input('fr'));
    expect(fr.header).toMatchObject({
      organ: 'Assemblée générale',
      session: 'Soixante-cinquième session',
      subtitle: 'Rapport du Secrétaire général',
    });
    expect(fr.sections.map((s) => headingLine(s.number, s.heading, 'fr'))).toEqual([
      'I. Introduction',
      'II. Réponses reçues des gouvernements',
      'III. Informations reçues des organisations internationales',
    ]);
    expect(fr.sections[0].paragraphs[1].text).toContain('le 19 février 2010');
    expect(fr.sections[0].paragraphs[1].text).toContain('Les 17 et 18 février 2010');

    const es = buildReport(a6599Input('es'));
    expect(es.header.session).toBe('Sexagésimo quinto período de sesiones');
    expect(es.sections[0].paragraphs[1].text).toContain('Los días 17 y 18 de febrero de 2010 se enviaron cartas');
    const mexico = es.sections[1].entries.find((e) => e.entityCode === 'MEX')!;
    expect(mexico).toMatchObject({
      heading: 'México',
      originalLine: '[Original: español]',
      dateLine: '[24 de mayo de 2010]',
    });
    expect(es.footnotes.find((f) => f.entityCode === 'MEX')!.text).toContain('proporcionada por el Gobierno de México');

    const ru = buildReport(a6599Input('ru'));
    expect(ru.sections[1].entries.find((e) => e.entityCode === 'UKR')).toMatchObject({
      originalLine: '[Подлинный текст на русском языке]',
      dateLine: '[12 мая 2010 года]',
    });

    const ar = buildReport(a6599Input('ar'));
    expect(ar.direction).toBe('rtl');
    expect(headingLine(ar.sections[1].number, ar.sections[1].heading, 'ar')).toBe('ثانيا - الردود الواردة من الحكومات');
    expect(ar.sections[2].subsections.map((s) => s.letter)).toEqual(['ألف', 'باء']);
    expect(ar.sections[1].entries[0].dateLine).toMatch(/^\[\d+ [^\]]+\/[^\]]+ 2010\]$/);
  });

  it('says so where a translation is missing, instead of printing another language', () => {
    const fr = buildReport(a6599Input('fr'));
    const finland = fr.sections[1].entries.find((e) => e.entityCode === 'FIN')!;
    expect(finland.blocks).toEqual([
      {
        kind: 'paragraph',
        number: null,
        text: "[La traduction française de cette réponse n'est pas encore disponible.]",
      },
    ]);
  });
});

describe('the mandate paragraph', () => {
  it('prints the cycle’s paragraph as written, closed by the sentence that the report answers it', () => {
    const input = a6599Input('en');
    input.cycle.mandate = {
      en: 'In its resolution 64/38, the General Assembly requested the Secretary-General to seek the views of Member States.',
    };
    expect(buildReport(input).sections[0].paragraphs[0].text).toBe(
      'In its resolution 64/38, the General Assembly requested the Secretary-General to seek the views of Member States. The present report is submitted pursuant to that request.',
    );
  });

  it('is generated from the resolution, title and organ when the cycle gives none in the language', () => {
    const input = a6599Input('en');
    input.cycle.mandate = {};
    expect(buildReport(input).sections[0].paragraphs[0].text).toBe(
      'In its resolution 64/38, entitled "Measures to prevent terrorists from acquiring weapons of mass destruction", the General Assembly requested the Secretary-General to seek the views of Member States on the subject and to submit a report to the Assembly at its sixty-fifth session. The present report is submitted pursuant to that request.',
    );
  });
});

describe('a report without replies from States', () => {
  it('numbers the organizations section II and says so in the introduction', () => {
    const input = a6599Input('en');
    input.replies = input.replies.filter((r) => r.entity.type !== 'STATE');
    const document = buildReport(input);
    expect(document.sections.map((s) => headingLine(s.number, s.heading, 'en'))).toEqual([
      'I. Introduction',
      'II. Information received from international organizations',
    ]);
    expect(document.sections[0].paragraphs[2].text).toBe(
      'As at 23 June 2010, no replies had been received from Member States. Replies were also received from 14 international organizations, and their information, or its executive summary, is reproduced in section II.',
    );
    const zh = buildReport({ ...input, language: 'zh' });
    expect(zh.sections[0].paragraphs[2].text).toContain('其摘要载于本报告第二节。');
  });
});
