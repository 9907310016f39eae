import type { TCreateCycle } from '@replies/shared';

let counter = 0;

/** The cycle of A/65/99 (resolution 64/38), compiled by ODA, with a unique symbol unless one is given. */
export function cycleBody(overrides: Partial<TCreateCycle> = {}): TCreateCycle {
  counter += 1;
  return {
    symbol: `A/65/${100 + counter}`,
    resolution: '64/38',
    organ: 'GENERAL_ASSEMBLY',
    officeCode: 'ODA',
    session: 65,
    agenda: { kind: 'ADOPTED', item: '104' },
    issuedOn: '2010-07-02',
    title: {
      en: 'Measures to prevent terrorists from acquiring weapons of mass destruction',
      zh: '防止恐怖分子获取大规模毁灭性武器的措施',
    },
    mandate: {
      en: 'In its resolution 64/38, the General Assembly requested the Secretary-General to seek the views of Member States on additional relevant measures.',
    },
    noteVerbaleOn: '2010-02-19',
    orgLettersOn: ['2010-02-17', '2010-02-18'],
    cutoffOn: '2010-06-23',
    replyWordLimit: 1500,
    summaryWordLimit: 500,
    newInformationOnly: true,
    ...overrides,
  };
}
