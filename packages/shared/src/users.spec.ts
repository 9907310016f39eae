import { entityRuleViolation, ZCreateUser } from './users';

describe('the entity rule of accounts', () => {
  it('binds focal points to exactly one entity and nobody else', () => {
    expect(entityRuleViolation({ role: 'FOCAL_POINT', entityCode: 'FIN' })).toBeNull();
    expect(entityRuleViolation({ role: 'FOCAL_POINT', entityCode: null })).toMatch(/choose its entity/);
    expect(entityRuleViolation({ role: 'EDITOR', entityCode: 'FIN' })).toMatch(/leave the entity empty/);
    expect(entityRuleViolation({ role: 'ADMIN' })).toBeNull();
  });
});

describe('ZCreateUser', () => {
  const valid = {
    email: ' Aino.Virtanen@Formin.FI ',
    name: 'Aino',
    password: 'helsinki-2010',
    role: 'FOCAL_POINT',
    entityCode: 'fin',
  };

  it('normalises the e-mail and the entity code', () => {
    expect(ZCreateUser.parse(valid)).toMatchObject({ email: 'aino.virtanen@formin.fi', entityCode: 'FIN' });
  });

  it('reports the entity on the entityCode field, so the form shows it there', () => {
    const result = ZCreateUser.safeParse({ ...valid, entityCode: undefined });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['entityCode']);
  });

  it('refuses short passwords and unknown roles', () => {
    const result = ZCreateUser.safeParse({ ...valid, password: 'short', role: 'KING' });
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['password', 'role']);
  });
});
