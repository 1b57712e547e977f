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

  it('remembers at most maxValues values, forgetting the oldest', () => {
    const book = new SecretBook(2);
    for (const value of ['first-secret', 'second-secret', 'third-secret']) book.learn(value);
    expect(book.isSecretValue('first-secret')).toBe(false);
    expect(book.mask('second-secret third-secret')).toBe('*** ***');
  });
});
