import { ALL_ORGANIZATIONS, FIVE_ORGANIZATIONS, FIVE_STATES, paragraph, reportOf, url } from './report-of';

/**
 * Chinese: as UN Chinese documents print it (议程项目113(b), 临时议程*项目7, 暂定项目表*项目138 in the UN
 * Parallel Corpus; 2015年6月1日至5日 in A/70/46), spaced between digits and Han characters as the printed A/65/99.
 */
const zh = (options: Parameters<typeof reportOf>[1] = {}) => reportOf('zh', options);

describe('Chinese: the header', () => {
  it('of each organ: masthead, body, session and session dates', () => {
    expect(zh().header).toMatchObject({ organ: '大会', body: null, session: '第六十五届会议' });
    expect(zh({ organ: 'SECURITY_COUNCIL', session: null }).header).toMatchObject({
      organ: '安全理事会',
      session: null,
    });
    expect(zh({ organ: 'ECONOMIC_AND_SOCIAL_COUNCIL', session: 2024 }).header).toMatchObject({
      organ: '经济及社会理事会',
      session: '2024 年届会',
    });
    expect(
      zh({ organ: 'HUMAN_RIGHTS_COUNCIL', session: 55, sessionDates: { from: '2024-02-26', to: '2024-04-05' } }).header,
    ).toMatchObject({
      organ: '大会',
      body: '人权理事会',
      session: '第五十五届会议',
      sessionDates: '2024 年 2 月 26 日至 4 月 5 日',
    });
    const dates = (from: string, to: string) =>
      zh({ organ: 'HUMAN_RIGHTS_COUNCIL', session: 55, sessionDates: { from, to } }).header.sessionDates;
    expect(dates('2015-06-01', '2015-06-05')).toBe('2015 年 6 月 1 日至 5 日');
    expect(dates('2023-07-27', '2024-07-24')).toBe('2023 年 7 月 27 日至 2024 年 7 月 24 日');
  });

  it('prints the distribution block in English, as Chinese UN documents do', () => {
    expect(zh().header).toMatchObject({
      distributionLanguage: 'en',
      distribution: 'Distr.: General',
      issuedOn: '2 July 2010',
      versionLanguage: 'Chinese',
      originalLanguage: 'Original: English',
    });
  });

  it('cites the agenda in its three forms, sub-item letters as "113(b)", the asterisk after the list', () => {
    const agenda = (kind: 'ADOPTED' | 'PROVISIONAL' | 'PRELIMINARY', item: string, listSymbol: string | null) => {
      const { header } = zh({ agenda: { kind, item, listSymbol } });
      return [header.agenda, header.agendaFootnote];
    };
    expect(agenda('ADOPTED', '113 (b)', null)).toEqual(['议程项目 113(b)', null]);
    expect(agenda('ADOPTED', '104', null)).toEqual(['议程项目 104', null]);
    expect(agenda('PROVISIONAL', '7', 'E/CN.15/2015/1')).toEqual(['临时议程*项目 7', '* E/CN.15/2015/1。']);
    expect(agenda('PROVISIONAL', '97 (y)', 'A/65/150')).toEqual(['临时议程*项目 97(y)', '* A/65/150。']);
    expect(agenda('PRELIMINARY', '138', 'A/70/50')).toEqual(['暂定项目表*项目 138', '* A/70/50。']);
  });
});

describe('Chinese: the mandate, for each organ', () => {
  const closing = '本报告是按照这项请求提出的。';
  it('is generated from the resolution, title and organ when the cycle gives none', () => {
    expect(paragraph(zh(), 'mandate')).toBe(
      `大会在其题为“Title”的第 64/38 号决议中，请秘书长就这一问题征求会员国的意见，并向大会第六十五届会议提出报告。${closing}`,
    );
    expect(paragraph(zh({ organ: 'SECURITY_COUNCIL', resolution: '2325 (2016)', session: null }), 'mandate')).toBe(
      `安全理事会在其第 2325(2016) 号决议中，请秘书长就这一问题征求会员国的意见，并向安理会提出报告。${closing}`,
    );
    expect(
      paragraph(zh({ organ: 'ECONOMIC_AND_SOCIAL_COUNCIL', resolution: '2023/15', session: 2024 }), 'mandate'),
    ).toBe(
      `经济及社会理事会在其题为“Title”的第 2023/15 号决议中，请秘书长就这一问题征求会员国的意见，并向理事会 2024 年届会提出报告。${closing}`,
    );
    expect(paragraph(zh({ organ: 'HUMAN_RIGHTS_COUNCIL', resolution: '52/10', session: 55 }), 'mandate')).toBe(
      `人权理事会在其题为“Title”的第 52/10 号决议中，请秘书长就这一问题征求会员国的意见，并向理事会第五十五届会议提出报告。${closing}`,
    );
  });
});

describe('Chinese: the requests', () => {
  it('name the note verbale and the letters, or the note verbale alone, in the cycle’s words', () => {
    expect(paragraph(zh(), 'requests')).toBe(
      '2010 年 2 月 19 日，秘书长发出普通照会，请会员国就这个问题提供资料。2010 年 2 月 17 日和 18 日，秘书长又致函有关国际组织，包括联合国各有关机关和机构，请它们就这个问题提供资料。',
    );
    expect(paragraph(zh({ orgLettersOn: [] }), 'requests')).toBe(
      '2010 年 2 月 19 日，秘书长发出普通照会，请会员国就这个问题提供资料。',
    );
  });
});

describe('Chinese: the replies as at the cut-off', () => {
  const asAt = (states: string[], organizations: string[] = []) =>
    paragraph(zh({ states, organizations }), 'receivedAsAt');

  it('list one, two and five States, in the English order', () => {
    expect(asAt(['AUS'])).toBe('截至 2010 年 6 月 23 日，收到了澳大利亚的答复。答复的原件或摘要载于本报告第二节。');
    expect(asAt(['AUS', 'FIN'])).toBe(
      '截至 2010 年 6 月 23 日，收到了澳大利亚和芬兰等国的答复。答复的原件或摘要载于本报告第二节。',
    );
    expect(asAt(FIVE_STATES)).toContain('收到了澳大利亚、芬兰、格鲁吉亚、匈牙利和墨西哥等国的答复。');
  });

  it('count the organizations in characters below ten, in figures from ten as the seed prints 14', () => {
    expect(asAt([], ['IAEA'])).toBe(
      '截至 2010 年 6 月 23 日，尚未收到会员国的答复。还收到了一个国际组织的答复，其摘要载于本报告第二节。',
    );
    expect(asAt([], ['IAEA', 'ICAO'])).toContain('还收到了两个国际组织的答复');
    expect(asAt([], FIVE_ORGANIZATIONS)).toContain('还收到了五个国际组织的答复');
    expect(asAt(['AUS'], ALL_ORGANIZATIONS)).toContain('还收到了 14 个国际组织的答复，其摘要载于本报告第三节。');
  });
});

describe('Chinese: the office in footnotes and length sentences', () => {
  it('names the cycle’s office', () => {
    const document = zh({ officeCode: 'OHCHR', summarized: ['IAEA'], webOnly: ['FIN'] });
    expect(document.footnotes[0].text).toBe(
      `国际原子能机构提供的资料全文可在联合国人权事务高级专员办事处网站上查阅(${url('IAEA')})。提供了执行摘要列入本报告。`,
    );
    expect(document.sections[1].entries[0].blocks[0].text).toBe(
      `为了遵守大会关于管制和限制秘书处编写的文件的各项决议和秘书长关于秘书处起草和(或)编辑的报告的各项准则，从芬兰政府收到的答复，因为超出能够接受的篇幅限制而没有在此印发。答复全文将载于联合国人权事务高级专员办事处网站上(${url('FIN')})。`,
    );
  });
});

describe('Chinese: the observations', () => {
  it('close the report under 意见', () => {
    const last = zh({ states: ['AUS'], observations: { zh: '第一点。' } }).sections.at(-1)!;
    expect([last.number, last.heading, last.paragraphs]).toEqual(['三', '意见', [{ number: 5, text: '第一点。' }]]);
  });
});
