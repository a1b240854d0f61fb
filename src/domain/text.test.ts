import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from './text';

describe('normalizeText', () => {
  it('folds case, diacritics and white space', () => {
    expect(normalizeText('  Åsa  ÖSTBERG\tKærlighed ')).toBe('asa ostberg kaerlighed');
    expect(normalizeText('Anna-Karin  O\u2019Neil')).toBe('anna-karin o\u2019neil');
    expect(normalizeText(' ANNA\u00a0\n Li ')).toBe('anna li');
  });

  it('gives ASCII text what the whole fold gives it', () => {
    // With a non-ASCII word in front, the text takes the whole fold (normalize, marks, folds);
    // alone, it takes the ASCII shortcut. Both must agree.
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii' }), (text) => {
        const alone = normalizeText(text);
        expect(normalizeText(`Ü ${text}`)).toBe(alone === '' ? 'u' : `u ${alone}`);
      }),
    );
  });
});
