import { DomainError } from '../../common/domain-error';
import { assertAcceptablePassword, isCommonPassword } from './password-policy';

describe('the password policy', () => {
  it('knows the common passwords of the list, whatever their case', () => {
    expect(isCommonPassword('qwerty123456')).toBe(true);
    expect(isCommonPassword('QWERTY123456')).toBe(true);
    expect(isCommonPassword('password1234')).toBe(true);
    expect(isCommonPassword('Tender-violet-Geneva-47')).toBe(false);
  });

  it('refuses a common password on the password field', () => {
    let error: unknown;
    try {
      assertAcceptablePassword('1qaz2wsx3edc');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).status).toBe(400);
    expect(JSON.stringify(error)).toContain('most common');
    expect(() => assertAcceptablePassword('Tender-violet-Geneva-47')).not.toThrow();
  });
});
