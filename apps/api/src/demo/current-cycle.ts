import type { TCreateCycle, TIsoDate, TLanguage, TRole } from '@replies/shared';
import { A6599_CYCLE } from './a-65-99';
import { A6599_TITLE } from './a-65-99-languages';
import { longReply } from './long-texts';

/** `date` moved by `days` (negative: earlier). */
export function addDays(date: TIsoDate, days: number): TIsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The cycle in progress: the follow-up request on the same resolution, opened forty days before
 * `today`, its cut-off forty-five days after, reporting to the session of the cut-off's year.
 */
export function currentCycle(today: TIsoDate): TCreateCycle {
  const cutoffOn = addDays(today, 45);
  const session = Number(cutoffOn.slice(0, 4)) - 1945;
  return {
    symbol: `A/${session}/112`,
    resolution: `${session - 1}/38`,
    organ: 'GENERAL_ASSEMBLY',
    officeCode: 'ODA',
    session,
    agenda: { kind: 'PRELIMINARY', item: '98', listSymbol: `A/${session}/50` },
    reportLanguage: 'en',
    title: { ...A6599_CYCLE.title, ...A6599_TITLE },
    request: {
      en: 'to inform the Secretary-General of the measures taken since their last report and of their views on additional measures',
      zh: '向秘书长通报自上次报告以来所采取的措施，以及对其他措施的看法',
      fr: "à informer le Secrétaire général des mesures prises depuis leur dernier rapport et de leurs vues sur d'autres mesures",
    },
    noteVerbaleOn: addDays(today, -40),
    orgLettersOn: [addDays(today, -38)],
    cutoffOn,
    replyWordLimit: 1500,
    summaryWordLimit: 500,
    newInformationOnly: true,
    previousCycle: A6599_CYCLE.symbol,
  };
}

export interface DemoAccount {
  key: 'admin' | 'editor' | 'focalPoint';
  /** As the demonstration prints it. */
  label: string;
  role: TRole;
  email: string;
  name: string;
  entityCode?: string;
}

/** One account per role, whose passwords the demonstration prints. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { key: 'admin', label: 'administrator', role: 'ADMIN', email: 'demo-admin@replies.localhost', name: 'Daniel Okafor' },
  { key: 'editor', label: 'editor', role: 'EDITOR', email: 'demo-editor@replies.localhost', name: 'Elena Petrova' },
  {
    key: 'focalPoint',
    label: 'focal point of Finland',
    role: 'FOCAL_POINT',
    email: 'demo-finland@replies.localhost',
    name: 'Aino Virtanen',
    entityCode: 'FIN',
  },
];

type Stage = 'draft' | 'submitted' | 'returned' | 'accepted';

export interface CurrentReply {
  entityCode: string;
  /** The focal point who writes it (Finland's is the printed demo account); none: received by e-mail. */
  focalPoint?: { email: string; name: string; language: TLanguage };
  /** A reply received by e-mail, entered by the Secretariat with the date it arrived. */
  receivedDaysAgo?: number;
  originalLanguage: TLanguage;
  text: { body: string; summary?: string };
  stage: Stage;
  /** The Secretariat's comment when returned. */
  comment?: string;
}

const FINLAND = [
  'Finland is committed to preventing terrorists from acquiring weapons of mass destruction.',
  '1. Since its last report, Finland has amended its Criminal Code so that the preparation of an offence involving nuclear, chemical or biological material is punishable.',
  '2. The Radiation and Nuclear Safety Authority has extended radiation monitoring to the main ports and to the eastern border crossing points.',
  '3. Finland contributed to the Nuclear Security Fund of the International Atomic Energy Agency and hosted a regional exercise on the response to a radiological incident.',
].join('\n');

const CHINA = [
  '中国一贯主张全面禁止和彻底销毁大规模毁灭性武器，坚决反对任何形式的恐怖主义。',
  '1. 自上次报告以来，中国进一步完善了出口管制法律体系，《出口管制法》对两用物项的出口实行许可管理。',
  '2. 中国加强了核材料和放射源的实物保护，并在主要口岸部署了辐射探测设备。',
  '3. 中国支持国际原子能机构在核安保领域发挥核心作用，并积极参与相关国际合作。',
].join('\n');

const FRANCE_SUMMARY =
  "La France a renforcé depuis son dernier rapport son dispositif national de contrôle des biens à double usage, de protection des matières nucléaires et de préparation aux situations d'urgence, et poursuit son soutien aux organisations internationales compétentes.";

const MEXICO = [
  'México reitera su compromiso con el desarme general y completo y con la plena aplicación de la resolución 1540 (2004) del Consejo de Seguridad.',
  '1. Desde su último informe, México actualizó su lista nacional de bienes de uso dual sujetos a control de exportaciones.',
  '2. La Comisión Nacional de Seguridad Nuclear y Salvaguardias reforzó la inspección de las fuentes radiactivas en uso en el país.',
].join('\n');

const JAPAN = [
  'Japan attaches great importance to preventing terrorists from acquiring weapons of mass destruction.',
  '1. The Act on the Regulation of Nuclear Source Material was amended to strengthen the protection of nuclear material in transport.',
].join('\n');

const EGYPT = [
  'تولي جمهورية مصر العربية أهمية كبيرة لمنع الإرهابيين من حيازة أسلحة الدمار الشامل.',
  '1. عززت مصر الرقابة على الحدود والموانئ، وزودت المنافذ الرئيسية بمعدات للكشف عن المواد المشعة.',
].join('\n');

const IAEA = [
  'The Agency continued to assist States in establishing and maintaining effective national nuclear security regimes.',
  '1. Since the last report, the Agency conducted advisory missions on the physical protection of nuclear material and facilities.',
].join('\n');

export const CURRENT_REPLIES: CurrentReply[] = [
  {
    entityCode: 'FIN',
    focalPoint: { email: 'demo-finland@replies.localhost', name: 'Aino Virtanen', language: 'en' },
    originalLanguage: 'en',
    text: { body: FINLAND },
    stage: 'returned',
    comment:
      'Thank you for the reply. Please give the date on which the amendment to the Criminal Code entered into force, and say whether the regional exercise was held with other States.',
  },
  {
    entityCode: 'CHN',
    focalPoint: { email: 'demo-china@replies.localhost', name: 'Li Wei', language: 'zh' },
    originalLanguage: 'zh',
    text: { body: CHINA },
    stage: 'submitted',
  },
  {
    entityCode: 'FRA',
    focalPoint: { email: 'demo-france@replies.localhost', name: 'Claire Martin', language: 'fr' },
    originalLanguage: 'fr',
    text: {
      body: longReply('fr', 'Mesures prises par la France depuis son dernier rapport', 36),
      summary: FRANCE_SUMMARY,
    },
    stage: 'submitted',
  },
  {
    entityCode: 'MEX',
    receivedDaysAgo: 18,
    originalLanguage: 'es',
    text: { body: MEXICO },
    stage: 'accepted',
  },
  {
    entityCode: 'JPN',
    focalPoint: { email: 'demo-japan@replies.localhost', name: 'Sato Yuki', language: 'en' },
    originalLanguage: 'en',
    text: { body: JAPAN },
    stage: 'draft',
  },
  {
    entityCode: 'EGY',
    focalPoint: { email: 'demo-egypt@replies.localhost', name: 'Omar Hassan', language: 'ar' },
    originalLanguage: 'ar',
    text: { body: EGYPT },
    stage: 'draft',
  },
  {
    entityCode: 'IAEA',
    focalPoint: { email: 'demo-iaea@replies.localhost', name: 'María González', language: 'es' },
    originalLanguage: 'en',
    text: { body: IAEA },
    stage: 'draft',
  },
];
