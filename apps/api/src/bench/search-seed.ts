import { randomUUID } from 'node:crypto';
import type { TLanguage } from '@replies/shared';
import type { PrismaClient } from '../generated/prisma/client';

/** Sentences of the kind replies contain, in each language, to compose texts of realistic length. */
export const SENTENCES: Record<TLanguage, string[]> = {
  en: [
    'The Government continued to strengthen its national measures to prevent terrorists from acquiring weapons of mass destruction.',
    'National export controls cover dual-use goods, brokering, transit and trans-shipment.',
    'The competent authorities cooperate closely with the International Atomic Energy Agency on nuclear security.',
    'Legislation adopted in {year} criminalizes the financing of terrorism and the illicit trafficking of nuclear material.',
    'Border guards received training in the detection of radioactive material at {n} crossing points.',
    'The country supports the full implementation of Security Council resolution 1540 (2004).',
    'A national action plan coordinates the ministries responsible for chemical and biological security.',
    'Customs officers use risk indicators to identify shipments of sensitive items.',
    'The physical protection of facilities was reviewed by an international advisory mission in {year}.',
    'Cooperation with neighbouring States includes joint exercises and the exchange of information.',
    'Public health laboratories were equipped to detect dangerous pathogens.',
    'The Government reports that {n} inspections of licensed facilities took place last year.',
  ],
  fr: [
    'Le Gouvernement a continué de renforcer ses mesures nationales visant à empêcher les terroristes d’acquérir des armes de destruction massive.',
    'Le contrôle des exportations couvre les biens à double usage, le courtage et le transit.',
    'Les autorités compétentes coopèrent étroitement avec l’Agence internationale de l’énergie atomique en matière de sécurité nucléaire.',
    'La loi adoptée en {year} érige en infraction le financement du terrorisme et le trafic illicite de matières nucléaires.',
    'Les gardes-frontières ont été formés à la détection des matières radioactives à {n} points de passage.',
    'Le pays appuie la pleine application de la résolution 1540 (2004) du Conseil de sécurité.',
    'Un plan d’action national coordonne les ministères chargés de la sécurité chimique et biologique.',
    'Les douaniers utilisent des indicateurs de risque pour repérer les envois sensibles.',
  ],
  es: [
    'El Gobierno siguió fortaleciendo sus medidas nacionales para impedir que los terroristas adquieran armas de destrucción en masa.',
    'Los controles de exportación abarcan los bienes de doble uso, la intermediación y el tránsito.',
    'Las autoridades competentes cooperan estrechamente con el Organismo Internacional de Energía Atómica en materia de seguridad nuclear.',
    'La ley aprobada en {year} tipifica como delito la financiación del terrorismo y el tráfico ilícito de materiales nucleares.',
    'Los guardias de fronteras recibieron capacitación para detectar material radiactivo en {n} pasos fronterizos.',
    'El país apoya la plena aplicación de la resolución 1540 (2004) del Consejo de Seguridad.',
    'Un plan de acción nacional coordina los ministerios encargados de la seguridad química y biológica.',
    'Los funcionarios de aduanas utilizan indicadores de riesgo para identificar envíos sensibles.',
  ],
  ru: [
    'Правительство продолжало укреплять национальные меры по недопущению приобретения террористами оружия массового уничтожения.',
    'Система экспортного контроля охватывает товары двойного назначения, посредническую деятельность и транзит.',
    'Компетентные органы тесно сотрудничают с Международным агентством по атомной энергии в области ядерной безопасности.',
    'Закон, принятый в {year} году, устанавливает уголовную ответственность за финансирование терроризма.',
    'Пограничники прошли подготовку по обнаружению радиоактивных материалов на {n} пунктах пропуска.',
    'Страна поддерживает полное осуществление резолюции 1540 (2004) Совета Безопасности.',
  ],
  ar: [
    'واصلت الحكومة تعزيز تدابيرها الوطنية الرامية إلى منع الإرهابيين من حيازة أسلحة الدمار الشامل.',
    'تشمل ضوابط التصدير السلع ذات الاستخدام المزدوج والسمسرة والعبور.',
    'تتعاون السلطات المختصة تعاونا وثيقا مع الوكالة الدولية للطاقة الذرية في مجال الأمن النووي.',
    'يجرم القانون الصادر في عام {year} تمويل الإرهاب والاتجار غير المشروع بالمواد النووية.',
    'تلقى حرس الحدود تدريبا على كشف المواد المشعة في {n} من نقاط العبور.',
    'يؤيد البلد التنفيذ الكامل لقرار مجلس الأمن 1540 (2004).',
  ],
  zh: [
    '政府继续加强国家措施，防止恐怖分子获取大规模毁灭性武器。',
    '国家出口管制涵盖两用物项、中介活动、过境和转运。',
    '主管当局在核安全方面与国际原子能机构密切合作。',
    '{year}年通过的法律将资助恐怖主义和非法贩运核材料定为刑事罪。',
    '边防人员在{n}个过境点接受了探测放射性材料的培训。',
    '该国支持全面执行安全理事会第1540(2004)号决议。',
    '国家行动计划协调负责化学和生物安全的各部委。',
  ],
};

/** Passages found in few replies, so that some queries are selective. */
const RARE: Record<TLanguage, string> = {
  en: 'A national radiological source registry was established.',
  fr: 'Un registre national des sources radiologiques a été créé.',
  es: 'Se creó un registro nacional de fuentes radiológicas.',
  ru: 'Создан национальный реестр радиологических источников.',
  ar: 'أنشئ سجل وطني للمصادر الإشعاعية.',
  zh: '建立了国家放射源登记册。',
};

/** A small deterministic generator, so that every run searches the same texts. */
export function generator(seed: number) {
  let state = seed;
  return () => {
    state |= 0;
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function composeText(language: TLanguage, random: () => number): string {
  const sentences = SENTENCES[language];
  const count = 12 + Math.floor(random() * 30);
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const sentence = sentences[Math.floor(random() * sentences.length)]
      .replace('{year}', String(2000 + Math.floor(random() * 25)))
      .replace('{n}', String(2 + Math.floor(random() * 200)));
    parts.push(i % 4 === 0 ? `${Math.floor(i / 4) + 1}. ${sentence}` : sentence);
  }
  if (random() < 0.01) parts.splice(Math.floor(random() * parts.length), 0, RARE[language]);
  return parts.join(language === 'zh' ? '' : '\n');
}

const ORIGINALS: [TLanguage, number][] = [
  ['en', 0.45],
  ['es', 0.15],
  ['fr', 0.15],
  ['ar', 0.08],
  ['ru', 0.08],
  ['zh', 0.09],
];

function originalLanguage(random: () => number): TLanguage {
  let r = random();
  for (const [language, share] of ORIGINALS) {
    if ((r -= share) < 0) return language;
  }
  return 'en';
}

/**
 * `cycles` published reports of `perCycle` replies each, written straight into the published
 * tables and the search index (the publication path would compile every report: too slow for
 * 20,000 replies, and not what is measured). Each reply has its original text; half of those not
 * in English have an English translation, one in ten has a Chinese one.
 */
export async function seedPublishedReplies(prisma: PrismaClient, cycles: number, perCycle: number) {
  const random = generator(42);
  const entities = await prisma.entity.findMany({ select: { code: true }, orderBy: { code: 'asc' } });
  if (entities.length < perCycle) throw new Error(`Only ${entities.length} entities for ${perCycle} replies a cycle.`);
  for (let c = 0; c < cycles; c++) {
    const session = 60 + c;
    const publishedAt = new Date(Date.UTC(2005 + Math.floor(c / 5), (c * 2) % 12, 15));
    const cycle = await prisma.cycle.create({
      data: {
        symbol: `A/${session}/${100 + c}`,
        resolution: `${session - 1}/${c + 10}`,
        session,
        noteVerbaleOn: publishedAt,
        orgLettersOn: [publishedAt],
        cutoffOn: publishedAt,
        replyWordLimit: 1500,
        summaryWordLimit: 500,
        status: 'PUBLISHED',
        texts: { create: [{ language: 'en', title: `Measures to prevent terrorists from acquiring weapons (${c})` }] },
      },
    });
    const publication = await prisma.publication.create({
      data: { cycleId: cycle.id, languages: ['en', 'zh'], publishedAt },
    });
    const replies = [];
    const texts = [];
    for (const { code } of entities.slice(0, perCycle)) {
      const id = randomUUID();
      const original = originalLanguage(random);
      replies.push({
        id,
        publicationId: publication.id,
        entityCode: code,
        originalLanguage: original,
        receivedOn: publishedAt,
        decision: 'FULL' as const,
      });
      texts.push({ publishedReplyId: id, language: original, body: composeText(original, random) });
      if (original !== 'en' && random() < 0.5)
        texts.push({ publishedReplyId: id, language: 'en' as const, body: composeText('en', random) });
      if (original !== 'zh' && random() < 0.1)
        texts.push({ publishedReplyId: id, language: 'zh' as const, body: composeText('zh', random) });
    }
    await prisma.publishedReply.createMany({ data: replies });
    await prisma.publishedReplyText.createMany({ data: texts });
  }
  // The search index, as the migration builds it for replies published before it.
  await prisma.$executeRawUnsafe(`
    INSERT INTO "PublicSearchEntry" ("publishedReplyId", "language", "isOriginal", "cycleId", "addendum", "entityCode", "entityType", "sortName", "publishedAt", "text")
    SELECT t."publishedReplyId", t."language", t."language" = pr."originalLanguage", p."cycleId", p."addendum",
           pr."entityCode", e."type", e."nameEn", p."publishedAt", t."body" || coalesce(E'\\n\\n' || t."summary", '')
    FROM "PublishedReplyText" t
    JOIN "PublishedReply" pr ON pr."id" = t."publishedReplyId"
    JOIN "Publication" p ON p."id" = pr."publicationId"
    JOIN "Entity" e ON e."code" = pr."entityCode"`);
  await prisma.$executeRawUnsafe('ANALYZE');
}
