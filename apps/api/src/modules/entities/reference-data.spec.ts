import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { organizationsFromCsv, parseCsv, statesFromCsv } from './reference-data';

const dir = join(__dirname, '../../../../../prisma/reference-data');

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and CRLF line ends', () => {
    const text = 'code,name\r\nA,"Bolivia, Plurinational State of"\r\nB,"The ""quoted"" one"\r\n\r\n';
    expect(parseCsv(text)).toEqual([
      { code: 'A', name: 'Bolivia, Plurinational State of' },
      { code: 'B', name: 'The "quoted" one' },
    ]);
  });
});

describe('the reference lists', () => {
  const states = statesFromCsv(readFileSync(join(dir, 'un-states.csv'), 'utf8'));
  const organizations = organizationsFromCsv(readFileSync(join(dir, 'un-organizations.csv'), 'utf8'));

  it('hold 193 Member States, 2 observer States and 2 associated States, each with six names', () => {
    expect(states).toHaveLength(197);
    expect(states.filter((s) => s.status === 'member')).toHaveLength(193);
    expect(
      states
        .filter((s) => s.status === 'observer')
        .map((s) => s.code)
        .sort(),
    ).toEqual(['PSE', 'VAT']);
    for (const state of states) {
      expect([state.nameEn, state.nameFr, state.nameEs, state.nameRu, state.nameZh, state.nameAr].every(Boolean)).toBe(
        true,
      );
    }
    expect(new Set(states.map((s) => s.code)).size).toBe(197);
  });

  it('hold the 14 organizations of A/65/99 in their groups', () => {
    expect(organizations).toHaveLength(14);
    expect(organizations.filter((o) => o.type === 'UN_SYSTEM')).toHaveLength(4);
    expect(organizations.find((o) => o.code === 'CSTO')).toMatchObject({ nameZh: '集体安全条约组织', acronymZh: null });
  });

  it('refuse an organization in an unknown group', () => {
    expect(() => organizationsFromCsv('code,group,name_en\nX,PLANETARY,X')).toThrow(/unknown group/);
  });
});
