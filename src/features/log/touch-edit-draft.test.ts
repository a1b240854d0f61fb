import { describe, expect, it } from 'vitest';
import type { Touch } from '../../domain/types';
import { draftFromTouch, sanitizeEditDraft, type EditDraft } from './touch-draft';
import {
  resolvedAt,
  touchChangesOf,
  touchConflictsWith,
  touchFieldsToTake,
  withTouchFieldsKept,
  withTouchFieldsTaken,
} from './touch-edit-draft';

const NOW = Date.UTC(2025, 4, 20, 12, 0);

const stored: Touch = {
  id: 'touch-1',
  createdAt: 1,
  updatedAt: 1,
  source: 'manual',
  at: NOW - 86_400_000,
  kind: 'coffee',
  participantIds: ['anna'],
  note: 'First',
  initiator: 'unknown',
  gave: ['advice'],
  received: [],
  askedForHelp: false,
};

const changed = (draft: EditDraft, changes: Partial<EditDraft>): EditDraft => ({
  ...draft,
  ...changes,
});

describe('an edit of a stored touch', () => {
  it('sends only what the user changed, from the stored values', () => {
    const draft = changed(draftFromTouch(stored), { note: 'Second', kind: 'call' });
    expect(touchChangesOf(draft, NOW)).toEqual([
      { field: 'kind', from: 'coffee', to: 'call' },
      { field: 'note', from: 'First', to: 'Second' },
    ]);
    expect(touchChangesOf(draftFromTouch(stored), NOW)).toEqual([]);
  });

  it('takes a field changed only in the other tab, keeping the rest of the draft', () => {
    const draft = changed(draftFromTouch(stored), { note: 'Mine', flows: ['i-helped'] });
    const theirs: Touch = { ...stored, kind: 'call', gave: ['advice', 'intro'] };
    // The user changed the note and the gave toggles; only the kind is theirs alone.
    expect(touchFieldsToTake(draft, theirs, NOW)).toEqual(['kind']);
    const taken = withTouchFieldsTaken(draft, theirs, ['kind']);
    expect(taken).toMatchObject({ kind: 'call', note: 'Mine', flows: ['i-helped'] });
    expect(taken.base?.kind).toBe('call');
  });

  it('names a field changed on both sides, and settles it either way', () => {
    const draft = changed(draftFromTouch(stored), { note: 'Mine' });
    const theirs = { ...stored, note: 'Theirs' };
    expect(touchConflictsWith(draft, theirs, NOW)).toEqual(['note']);

    const kept = withTouchFieldsKept(draft, theirs, ['note']);
    expect(touchConflictsWith(kept, theirs, NOW)).toEqual([]);
    expect(touchChangesOf(kept, NOW)).toEqual([{ field: 'note', from: 'Theirs', to: 'Mine' }]);

    const taken = withTouchFieldsTaken(draft, theirs, ['note']);
    expect(taken.note).toBe('Theirs');
    expect(touchChangesOf(taken, NOW)).toEqual([]);
  });

  it('sees no clash when both sides made the same change', () => {
    const draft = changed(draftFromTouch(stored), { note: 'Same' });
    expect(touchConflictsWith(draft, { ...stored, note: 'Same' }, NOW)).toEqual([]);
  });

  it('takes a new time from the other tab with its exact milliseconds', () => {
    const draft = changed(draftFromTouch(stored), { note: 'Mine' });
    const theirs = { ...stored, at: stored.at - 3_600_000 + 7 };
    const taken = withTouchFieldsTaken(draft, theirs, touchFieldsToTake(draft, theirs, NOW));
    expect(resolvedAt(taken, NOW)).toBe(theirs.at);
  });

  it('comes back from storage with where it started; an older draft without it gets null', () => {
    const draft = changed(draftFromTouch(stored), { note: 'Mine' });
    expect(sanitizeEditDraft(JSON.parse(JSON.stringify(draft)))).toEqual(draft);
    const older = { ...draft, base: undefined };
    expect(sanitizeEditDraft(older)?.base).toBeNull();
  });
});
