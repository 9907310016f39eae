import { chineseNumber, formatLongDate, type TOrgan } from '@replies/shared';
import { dateSpan, joinWith, LANGUAGE_NAMES, parseAgendaItem } from './common';
import type { Formulas } from './types';

// Chinese typesetting spaces digits from Han characters, not from punctuation, as the printed A/65/99
// does: "2010 年 6 月 1 日", "第 64/38 号决议", "还收到了 14 个国际组织的答复".
const SPACED = { spaced: true } as const;
const date = (d: string) => formatLongDate(d, 'zh', SPACED);

const ORGANS: Record<TOrgan, { name: string; short: string }> = {
  GENERAL_ASSEMBLY: { name: '大会', short: '大会' },
  SECURITY_COUNCIL: { name: '安全理事会', short: '安理会' },
  ECONOMIC_AND_SOCIAL_COUNCIL: { name: '经济及社会理事会', short: '理事会' },
  HUMAN_RIGHTS_COUNCIL: { name: '人权理事会', short: '理事会' },
};

const WORDS = ['', '一', '两', '三', '四', '五', '六', '七', '八', '九'];

/** "2325 (2016)" is printed "2325(2016)" in Chinese. */
const resolutionNumber = (resolution: string) => resolution.replace(' (', '(');

/** "第六十五届会议", "2024 年届会". */
const sessionName = (organ: TOrgan, session: number) =>
  organ === 'ECONOMIC_AND_SOCIAL_COUNCIL' ? `${session} 年届会` : `第${chineseNumber(session)}届会议`;

/** How many, as a count before 个: "两个", " 14 个". */
const count = (n: number) => (n < 10 ? `${WORDS[n]}个` : ` ${n} 个`);

export const chinese: Formulas = {
  organ: (organ) => (organ === 'HUMAN_RIGHTS_COUNCIL' ? '大会' : ORGANS[organ].name),
  body: (organ) => (organ === 'HUMAN_RIGHTS_COUNCIL' ? '人权理事会' : null),
  // Chinese UN documents print the distribution block in English ("Distr.: General", "Chinese", "Original: English").
  distribution: 'Distr.: General',
  issuedOn: (d) => formatLongDate(d, 'en'),
  versionLanguage: 'Chinese',
  originalLanguage: (language) => `Original: ${LANGUAGE_NAMES.en[language]}`,
  session: (organ, session) => (organ === 'SECURITY_COUNCIL' ? null : sessionName(organ, session)),
  // "2015年6月1日至5日", "2016年2月29日至3月24日" (UN Chinese texts).
  sessionDates: (from, to) => {
    const [, toMonth, toDay] = to.split('-').map(Number);
    switch (dateSpan(from, to)) {
      case 'day':
        return date(from);
      case 'month':
        return `${date(from)}至 ${toDay} 日`;
      case 'year':
        return `${date(from)}至 ${toMonth} 月 ${toDay} 日`;
      case 'none':
        return `${date(from)}至 ${date(to)}`;
    }
  },
  // "议程项目113(b)", "临时议程*项目7", "暂定项目表*项目138" (UN Parallel Corpus), spaced as the seed spaces digits.
  agenda: (agenda) => {
    const { number, letters } = parseAgendaItem(agenda.item);
    const item = letters ? `${number}(${letters})` : number;
    if (agenda.kind === 'ADOPTED') return `议程项目 ${item}`;
    return `${agenda.kind === 'PROVISIONAL' ? '临时议程' : '暂定项目表'}*项目 ${item}`;
  },
  agendaFootnote: (symbol) => `* ${symbol}。`,
  subtitle: '秘书长的报告',
  sectionNumbers: ['一', '二', '三', '四'],
  subsectionLetters: ['A', 'B'],
  headings: {
    introduction: '导言',
    states: '从会员国收到的答复',
    organizations: '从国际组织收到的资料',
    unSystem: '联合国系统',
    other: '其他国际组织',
    addendumIntroduction: '导言',
    observations: '意见',
  },
  original: (language) => `［原件：${LANGUAGE_NAMES.zh[language]}］`,
  received: (d) => `［${date(d)}］`,
  list: (items) => joinWith(items, '、', '和'),
  dateList: (dates) => {
    const sorted = [...dates].sort();
    const sameMonth = sorted.every((d) => d.slice(0, 7) === sorted[0].slice(0, 7));
    if (sorted.length > 1 && sameMonth) {
      const [year, month] = sorted[0].split('-').map(Number);
      return `${year} 年 ${month} 月 ${joinWith(
        sorted.map((d) => `${Number(d.slice(8))} 日`),
        '、',
        '和 ',
      )}`;
    }
    return joinWith(sorted.map(date), '、', '和');
  },
  date,
  defaultMandate: ({ organ, resolution, title, session }) => {
    const { name, short } = ORGANS[organ];
    const entitled = title && organ !== 'SECURITY_COUNCIL' ? `题为“${title}”的` : '';
    const to =
      session === null || organ === 'SECURITY_COUNCIL'
        ? short
        : `${short}${organ === 'ECONOMIC_AND_SOCIAL_COUNCIL' ? ' ' : ''}${sessionName(organ, session)}`;
    return `${name}在其${entitled}第 ${resolutionNumber(resolution)} 号决议中，请秘书长就这一问题征求会员国的意见，并向${to}提出报告。`;
  },
  mandateClosing: '本报告是按照这项请求提出的。',
  defaultRequest: '就这个问题提供资料',
  requests: (noteVerbaleOn, lettersOn, request) =>
    [
      `${date(noteVerbaleOn)}，秘书长发出普通照会，请会员国${request}。`,
      lettersOn.length > 0 &&
        `${chinese.dateList(lettersOn)}，秘书长又致函有关国际组织，包括联合国各有关机关和机构，请它们${request}。`,
    ]
      .filter(Boolean)
      .join(''),
  newInformationOnly: (year) =>
    `秘书长邀请${year ? ` ${year} 年` : '上一报告周期'}已报告其有关活动的组织仅提交以前未提交的新资料。`,
  receivedAsAt: (cutoff, states, organizations, sections) =>
    [
      states.length
        ? `截至 ${date(cutoff)}，收到了${chinese.list(states)}${states.length > 1 ? '等国' : ''}的答复。答复的原件或摘要载于本报告第${sections.states}节。`
        : `截至 ${date(cutoff)}，尚未收到会员国的答复。`,
      organizations
        ? `还收到了${count(organizations)}国际组织的答复，其摘要载于本报告第${sections.organizations}节。`
        : '',
    ].join(''),
  addenda: '此后收到的答复将作为本报告的增编印发。',
  addendumIntro: (symbol, cutoff) => `秘书长的报告(${symbol})的本增编载有 ${date(cutoff)}之后收到的答复。`,
  footnote: (sender, url, office) =>
    `${sender}提供的资料全文可在${office}网站上查阅(${url})。提供了执行摘要列入本报告。`,
  lengthSentence: (sender, url, office) =>
    `为了遵守大会关于管制和限制秘书处编写的文件的各项决议和秘书长关于秘书处起草和(或)编辑的报告的各项准则，从${sender}收到的答复，因为超出能够接受的篇幅限制而没有在此印发。答复全文将载于${office}网站上(${url})。`,
  missingTranslation: () => '［本答复的中文译文尚未提供。］',
  missingSection: () => '［本节的中文文本尚未提供。］',
  sentences: (parts) => parts.filter(Boolean).join(''),
};
