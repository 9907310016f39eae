import type { TLanguage } from '@replies/shared';

/**
 * Sentences of a national report on measures against the acquisition of weapons of mass destruction
 * by terrorists, in each language: the demonstration's long replies are numbered paragraphs made of
 * them, long enough to exceed a cycle's limit as the real ones did.
 */
const SENTENCES: Record<Exclude<TLanguage, 'zh'>, string[]> = {
  en: [
    'National legislation criminalizes the manufacture, acquisition, possession, transfer and use of nuclear, chemical and biological weapons by non-State actors.',
    'Export controls cover dual-use goods and technologies, and licences are refused where there is a risk of diversion to terrorist groups.',
    'The competent authorities exchange information with their counterparts through bilateral agreements and the relevant international organizations.',
    'Border and customs services have been equipped with radiation detection equipment at the main points of entry.',
    'Physical protection of nuclear and radioactive material is regulated and inspected by an independent regulatory body.',
    'Laboratories handling dangerous pathogens are registered, and access to them is limited to vetted personnel.',
    'Training courses for law enforcement, emergency services and the judiciary are held every year with international partners.',
    'The Government supports the universalization and full implementation of the relevant conventions and Security Council resolution 1540 (2004).',
  ],
  fr: [
    "La législation nationale érige en infraction la fabrication, l'acquisition, la détention, le transfert et l'emploi d'armes nucléaires, chimiques et biologiques par des acteurs non étatiques.",
    "Le contrôle des exportations porte sur les biens et technologies à double usage, et les licences sont refusées lorsqu'il existe un risque de détournement au profit de groupes terroristes.",
    'Les autorités compétentes échangent des informations avec leurs homologues dans le cadre d’accords bilatéraux et des organisations internationales concernées.',
    "Les services des frontières et des douanes ont été dotés d'équipements de détection des rayonnements aux principaux points d'entrée.",
    'La protection physique des matières nucléaires et radioactives est réglementée et inspectée par un organisme de réglementation indépendant.',
    'Les laboratoires qui manipulent des agents pathogènes dangereux sont enregistrés et leur accès est réservé à un personnel contrôlé.',
    "Des formations destinées aux services de détection et de répression, aux services d'urgence et à la magistrature sont organisées chaque année avec des partenaires internationaux.",
    "Le Gouvernement appuie l'universalisation et la pleine application des conventions pertinentes et de la résolution 1540 (2004) du Conseil de sécurité.",
  ],
  es: [
    'La legislación nacional tipifica como delito la fabricación, adquisición, posesión, transferencia y empleo de armas nucleares, químicas y biológicas por agentes no estatales.',
    'El control de las exportaciones abarca los bienes y tecnologías de doble uso, y se deniegan las licencias cuando existe riesgo de desvío hacia grupos terroristas.',
    'Las autoridades competentes intercambian información con sus homólogos mediante acuerdos bilaterales y las organizaciones internacionales pertinentes.',
    'Los servicios de fronteras y aduanas cuentan con equipos de detección de radiación en los principales puntos de entrada.',
    'La protección física de los materiales nucleares y radiactivos está regulada e inspeccionada por un órgano regulador independiente.',
    'Los laboratorios que manipulan patógenos peligrosos están registrados y el acceso a ellos se limita a personal verificado.',
    'Cada año se imparten cursos de capacitación para las fuerzas del orden, los servicios de emergencia y el poder judicial con asociados internacionales.',
    'El Gobierno apoya la universalización y la plena aplicación de las convenciones pertinentes y de la resolución 1540 (2004) del Consejo de Seguridad.',
  ],
  ru: [
    'Национальное законодательство устанавливает уголовную ответственность за производство, приобретение, хранение, передачу и применение ядерного, химического и биологического оружия негосударственными субъектами.',
    'Экспортный контроль распространяется на товары и технологии двойного назначения, и в выдаче лицензий отказывается при наличии риска их переключения на террористические группы.',
    'Компетентные органы обмениваются информацией со своими партнерами на основе двусторонних соглашений и через соответствующие международные организации.',
    'Пограничные и таможенные службы оснащены оборудованием для обнаружения радиации в основных пунктах въезда.',
    'Физическая защита ядерных и радиоактивных материалов регулируется и проверяется независимым регулирующим органом.',
    'Лаборатории, работающие с опасными патогенами, проходят регистрацию, и доступ к ним имеет только проверенный персонал.',
    'Ежегодно совместно с международными партнерами проводятся учебные курсы для правоохранительных органов, аварийных служб и судей.',
    'Правительство поддерживает универсализацию и полное осуществление соответствующих конвенций и резолюции 1540 (2004) Совета Безопасности.',
  ],
  ar: [
    'يجرّم التشريع الوطني قيام جهات من غير الدول بصنع الأسلحة النووية والكيميائية والبيولوجية أو حيازتها أو امتلاكها أو نقلها أو استخدامها.',
    'تشمل ضوابط التصدير السلع والتكنولوجيات ذات الاستخدام المزدوج، وترفض التراخيص حيثما وجد خطر تحويلها إلى جماعات إرهابية.',
    'تتبادل السلطات المختصة المعلومات مع نظيراتها من خلال الاتفاقات الثنائية والمنظمات الدولية المعنية.',
    'زُوّدت دوائر الحدود والجمارك بمعدات للكشف عن الإشعاع في نقاط الدخول الرئيسية.',
    'تنظم هيئة رقابية مستقلة الحماية المادية للمواد النووية والمشعة وتتولى التفتيش عليها.',
    'تُسجَّل المختبرات التي تتعامل مع مسببات الأمراض الخطرة ويقتصر الوصول إليها على موظفين خضعوا للتدقيق.',
    'تُنظَّم كل عام دورات تدريبية لأجهزة إنفاذ القانون وخدمات الطوارئ والسلطة القضائية بالتعاون مع شركاء دوليين.',
    'تؤيد الحكومة عالمية الاتفاقيات ذات الصلة وقرار مجلس الأمن 1540 (2004) وتنفيذها تنفيذا كاملا.',
  ],
};

export type LongTextLanguage = keyof typeof SENTENCES;

/**
 * A report of `paragraphs` numbered paragraphs (36 make about 1,600 words in English), each three of
 * the sentences in turn, after an opening line of the sender's own.
 */
export function longReply(language: LongTextLanguage, opening: string, paragraphs = 36): string {
  const sentences = SENTENCES[language];
  const lines = [opening];
  for (let i = 0; i < paragraphs; i += 1) {
    const picked = [i, i + 3, i + 5].map((k) => sentences[k % sentences.length]);
    lines.push(`${i + 1}. ${picked.join(' ')}`);
  }
  return lines.join('\n');
}
