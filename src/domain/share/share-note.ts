// What a logged share says in its note: the title, the text and the link, each once. Apps
// that share a page often send its link inside the text, or the title again as the text.

import { linksIn } from './share-words';
import type { SharedItem } from './share-match';

/** Longer than any title and link; a pasted article is cut to its first few paragraphs. */
export const SHARE_NOTE_MAX_CHARS = 2_000;

/** The note of the give a share is logged as. */
export function shareNoteOf(shared: SharedItem): string {
  const title = shared.title.trim();
  const text = shared.text.trim();
  const url = shared.url.trim();
  const lines: string[] = [];
  if (title !== '') lines.push(title);
  if (text !== '' && text !== title && text !== url) lines.push(text);
  const written = lines.join('\n');
  if (url !== '' && !linksIn(written).includes(url)) lines.push(url);
  const note = lines.join('\n');
  return note.length <= SHARE_NOTE_MAX_CHARS ? note : `${note.slice(0, SHARE_NOTE_MAX_CHARS - 1)}…`;
}

/** The first link of a shared item: the one given, or else the first in its title or text. */
export function shareLinkOf(shared: SharedItem): string | undefined {
  const url = shared.url.trim();
  if (url !== '') return url;
  return [...linksIn(shared.title), ...linksIn(shared.text)][0];
}
