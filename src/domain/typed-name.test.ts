import { describe, expect, it } from 'vitest';
import { namePartsOfTyped } from './typed-name';

describe('namePartsOfTyped', () => {
  it('takes a single word as the given name', () => {
    expect(namePartsOfTyped('Anna')).toEqual({ givenName: 'Anna', familyName: '' });
  });

  it('takes the last word as the family name', () => {
    expect(namePartsOfTyped('Anna Berg')).toEqual({ givenName: 'Anna', familyName: 'Berg' });
    expect(namePartsOfTyped('Anna Maria Lind')).toEqual({
      givenName: 'Anna Maria',
      familyName: 'Lind',
    });
  });

  it('keeps lowercase particles with the family name', () => {
    expect(namePartsOfTyped('Ludwig van Beethoven')).toEqual({
      givenName: 'Ludwig',
      familyName: 'van Beethoven',
    });
    expect(namePartsOfTyped('Hilma af Klint')).toEqual({
      givenName: 'Hilma',
      familyName: 'af Klint',
    });
    expect(namePartsOfTyped('Ursula von der Leyen')).toEqual({
      givenName: 'Ursula',
      familyName: 'von der Leyen',
    });
  });

  it('trims and joins runs of spaces, and keeps a lowercase first word as the given name', () => {
    expect(namePartsOfTyped('  Åke   Öberg ')).toEqual({ givenName: 'Åke', familyName: 'Öberg' });
    expect(namePartsOfTyped('bell hooks')).toEqual({ givenName: 'bell', familyName: 'hooks' });
    expect(namePartsOfTyped('   ')).toEqual({ givenName: '', familyName: '' });
  });
});
