import { parseReplyReference, replyReference } from './reference';

describe('reference numbers of submitted replies', () => {
  it('join the report symbol, the entity code and the version', () => {
    expect(replyReference('A/65/99', 'FIN', 2)).toBe('A/65/99-FIN-2');
    expect(replyReference('A/HRC/55/40', 'unodc', 1)).toBe('A/HRC/55/40-UNODC-1');
  });

  it('are read back into their parts, symbols with dashes included', () => {
    expect(parseReplyReference('A/65/99-FIN-2')).toEqual({ symbol: 'A/65/99', entityCode: 'FIN', version: 2 });
    expect(parseReplyReference('A/65/99/Add.1-MEX-12')).toEqual({
      symbol: 'A/65/99/Add.1',
      entityCode: 'MEX',
      version: 12,
    });
    expect(parseReplyReference('A/65/99-UN-WOMEN-3')).toEqual({
      symbol: 'A/65/99',
      entityCode: 'UN-WOMEN',
      version: 3,
    });
    expect(parseReplyReference('A/65/99-FIN')).toBeNull();
    expect(parseReplyReference('A/65/99-FIN-0')).toBeNull();
  });
});
