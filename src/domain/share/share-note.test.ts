import { describe, expect, it } from 'vitest';
import { shareLinkOf, shareNoteOf, SHARE_NOTE_MAX_CHARS } from './share-note';

const LINK = 'https://example.com/supply-chain';

describe('the note of a logged share', () => {
  it('holds the title and the link, one a line', () => {
    expect(shareNoteOf({ title: 'Supply chains', text: '', url: LINK })).toBe(
      `Supply chains\n${LINK}`,
    );
  });

  it('writes a link that came inside the text once', () => {
    const text = `Worth a read ${LINK}`;
    expect(shareNoteOf({ title: 'Supply chains', text, url: LINK })).toBe(`Supply chains\n${text}`);
  });

  it('writes a title sent again as the text once', () => {
    expect(shareNoteOf({ title: 'Supply chains', text: 'Supply chains', url: '' })).toBe(
      'Supply chains',
    );
  });

  it('cuts a long pasted text', () => {
    const note = shareNoteOf({ title: '', text: 'x'.repeat(5_000), url: '' });
    expect(note).toHaveLength(SHARE_NOTE_MAX_CHARS);
    expect(note.endsWith('…')).toBe(true);
  });
});

describe('the link of a share', () => {
  it('is the link given, or else the first in the text', () => {
    expect(shareLinkOf({ title: '', text: `see ${LINK} and https://b.se`, url: '' })).toBe(LINK);
    expect(shareLinkOf({ title: '', text: 'see https://b.se', url: LINK })).toBe(LINK);
    expect(shareLinkOf({ title: 'No link', text: 'none here', url: '' })).toBeUndefined();
  });
});
