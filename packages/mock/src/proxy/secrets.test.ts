import { describe, expect, it } from 'vitest';
import { SecretBook } from './secrets.js';

describe('SecretBook', () => {
  it('knows the spec’s secret names, case-insensitively', () => {
    const book = new SecretBook();
    for (const name of ['otp', 'APIKEY', 'SecondFactorAuthenticationToken', 'access_token', 'refresh_token'])
      expect(book.isSecretName(name), name).toBe(true);
    expect(book.isSecretName('Uid')).toBe(false);
  });

  it('masks a value containing another whole, in plain, URL- and JSON-escaped forms', () => {
    const book = new SecretBook();
    book.learnFromJson({ otp: '123456', Profile: { Uid: 'u-1' }, access_token: 'tok-123456-end' });
    book.learnFromQuery(new URLSearchParams('apikey=k%2By/9&fields=Uid'));
    expect(book.mask('a tok-123456-end b 123456 c k%2By%2F9 d k+y/9 e u-1')).toBe(
      'a *** b *** c *** d *** e u-1',
    );
  });

  it('masks every encoding that decodes to a value: lower-case hex, mixed, form-encoded, \\u-escaped', () => {
    const book = new SecretBook();
    book.learnFromQuery(
      new URLSearchParams('apikey=Key/With%2BPlus&secondfactorauthenticationtoken=tok en/9'),
    );
    const forms = [
      'Key%2fWith%2bPlus', // lower-case hex
      '%4Bey/W%69th%2BPlus', // some characters needlessly encoded, mixed case
      'tok+en%2F9', // form-encoded space
      '\\u004bey\\u002FWith+Plus', // JSON escapes, either case, one `+` as is
      'to\\u006b en\\/9', // a JSON short escape
    ];
    expect(book.mask(forms.map((form) => `<${form}>`).join(' '))).toBe(forms.map(() => '<***>').join(' '));
  });

  it('leaves text that only looks encoded alone', () => {
    const book = new SecretBook();
    book.learn('secret-value');
    for (const text of ['100%', '%zz secret-valu', '\\u12 a+b', 'secret%2Dvalux', '\\N \\U0041 %C3'])
      expect(book.mask(text)).toBe(text);
  });

  it('remembers at most maxValues values, forgetting the oldest', () => {
    const book = new SecretBook(2);
    for (const value of ['first-secret', 'second-secret', 'third-secret']) book.learn(value);
    expect(book.isSecretValue('first-secret')).toBe(false);
    expect(book.mask('second-secret third-secret first%2dsecret')).toBe('*** *** first%2dsecret');
  });
});
