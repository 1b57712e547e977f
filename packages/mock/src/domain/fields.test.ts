import { describe, expect, it } from 'vitest';
import { FieldsSyntaxError, parseFields, project } from './fields.js';

const profile = {
  Uid: 'u1',
  UserName: 'john_doe',
  Email: [
    { Type: 'Primary', Value: 'a@example.com' },
    { Type: 'Secondary', Value: 'b@example.com' },
  ],
  Country: { Code: 'US', Name: 'United States' },
  Identities: [{ Provider: 'facebook', Country: { Code: 'US', Name: 'United States' }, Email: null }],
  Addresses: null,
};

const pick = (fields: string) => {
  const selection = parseFields(fields);
  return selection === undefined ? profile : project(profile, selection);
};

describe('fields projection', () => {
  it('keeps the listed top-level fields, matching names case-insensitively and keeping their spelling', () => {
    expect(pick('Email,username')).toEqual({ UserName: 'john_doe', Email: profile.Email });
  });

  it('treats blank and * as everything', () => {
    expect(parseFields(undefined)).toBeUndefined();
    expect(parseFields('  ')).toBeUndefined();
    expect(pick('*')).toEqual(profile);
    expect(pick('Uid,*')).toEqual(profile);
  });

  it('selects sub-fields with a(b,c), through arrays element by element', () => {
    expect(pick('Email(Value)')).toEqual({ Email: [{ Value: 'a@example.com' }, { Value: 'b@example.com' }] });
    expect(pick('Identities(Provider,Country(Code))')).toEqual({
      Identities: [{ Provider: 'facebook', Country: { Code: 'US' } }],
    });
  });

  it('selects one nested field with a/b, and merges overlapping selections', () => {
    expect(pick('Country/Name')).toEqual({ Country: { Name: 'United States' } });
    expect(pick('Country/Name,Country/Code')).toEqual({ Country: profile.Country });
    expect(pick('Country/Name,Country')).toEqual({ Country: profile.Country });
    expect(pick('Identities/Country/Code')).toEqual({ Identities: [{ Country: { Code: 'US' } }] });
  });

  it('keeps null values and skips unknown fields', () => {
    expect(pick('Addresses,NoSuchField,Identities(Email)')).toEqual({
      Addresses: null,
      Identities: [{ Email: null }],
    });
  });

  it('tolerates spaces and empty items', () => {
    expect(pick(' Uid , ,UserName ,')).toEqual({ Uid: 'u1', UserName: 'john_doe' });
  });

  it.each([
    'Country(Name',
    'Country)Name',
    'Country(Name))',
    '(Name)',
    'Country//Name',
    'Country(Name)x',
    '/Uid',
  ])('rejects %j', (fields) => {
    expect(() => parseFields(fields)).toThrow(FieldsSyntaxError);
  });
});
