import { describe, expect, it } from 'vitest';
import type { Touch } from '../../domain/types';
import {
  draftFromTouch,
  emptyDraft,
  isDraftEmpty,
  parseLocalInput,
  problemsOf,
  resolveAt,
  sanitizeDraft,
  sanitizeEditDraft,
  toTouchInput,
  toLocalInput,
  type TouchDraft,
} from './touch-draft';

const MINUTE_MS = 60 * 1000;
const local = (y: number, m: number, d: number, h = 0, min = 0) =>
  new Date(y, m - 1, d, h, min).getTime();
const AFTERNOON = local(2025, 3, 10, 15, 30);
const MORNING = local(2025, 3, 10, 8, 5);

function draft(changes: Partial<TouchDraft> = {}): TouchDraft {
  return { ...emptyDraft(), personIds: ['anna'], ...changes };
}

describe('resolveAt', () => {
  it('saves "now" as the moment of saving', () => {
    expect(resolveAt(draft(), AFTERNOON)).toBe(AFTERNOON);
  });

  it('reads "today" as midday, or as now while it is still morning', () => {
    expect(resolveAt(draft({ when: 'today' }), AFTERNOON)).toBe(local(2025, 3, 10, 12));
    expect(resolveAt(draft({ when: 'today' }), MORNING)).toBe(MORNING);
  });

  it('reads "yesterday" as midday the day before, across a month boundary', () => {
    expect(resolveAt(draft({ when: 'yesterday' }), local(2025, 3, 1, 9))).toBe(
      local(2025, 2, 28, 12),
    );
  });

  it('reads a picked time in the local time zone', () => {
    expect(resolveAt(draft({ when: 'pick', pickedAt: '2025-03-09T18:45' }), AFTERNOON)).toBe(
      local(2025, 3, 9, 18, 45),
    );
    expect(resolveAt(draft({ when: 'pick', pickedAt: '' }), AFTERNOON)).toBeNull();
  });

  it('keeps an edited touch’s exact time while the same minute stays picked', () => {
    const original = local(2025, 3, 9, 18, 45) + 12_345;
    const picked = { when: 'pick' as const, pickedAt: toLocalInput(original) };
    expect(resolveAt(draft(picked), AFTERNOON, original)).toBe(original);
    expect(resolveAt(draft({ ...picked, pickedAt: '2025-03-09T18:46' }), AFTERNOON, original)).toBe(
      local(2025, 3, 9, 18, 46),
    );
  });
});

describe('problemsOf', () => {
  it('needs at least one person', () => {
    expect(problemsOf(draft({ personIds: [] }), AFTERNOON)).toEqual({ people: 'no-people' });
  });

  it('allows a minute into the future but not more', () => {
    const inAMinute = toLocalInput(AFTERNOON + MINUTE_MS);
    const inTwo = toLocalInput(AFTERNOON + 2 * MINUTE_MS);
    expect(problemsOf(draft({ when: 'pick', pickedAt: inAMinute }), AFTERNOON)).toEqual({});
    expect(problemsOf(draft({ when: 'pick', pickedAt: inTwo }), AFTERNOON)).toEqual({
      when: 'future',
    });
  });

  it('refuses a picked time before 1900, as a year typed wrong', () => {
    expect(problemsOf(draft({ when: 'pick', pickedAt: '1899-12-31T12:00' }), AFTERNOON)).toEqual({
      when: 'too-early',
    });
    expect(problemsOf(draft({ when: 'pick', pickedAt: '1900-01-02T12:00' }), AFTERNOON)).toEqual(
      {},
    );
  });

  it('needs a picked time when "pick" is chosen', () => {
    expect(problemsOf(draft({ when: 'pick', pickedAt: 'soon' }), AFTERNOON)).toEqual({
      when: 'no-time',
    });
  });
});

describe('toTouchInput', () => {
  it('turns the toggles into what was given and received', () => {
    const result = toTouchInput(
      draft({ flows: ['article', 'they-helped', 'i-helped', 'asked', 'intro'], note: '  hi  ' }),
      AFTERNOON,
    );
    expect(result).toEqual({
      at: AFTERNOON,
      kind: 'coffee',
      participantIds: ['anna'],
      note: 'hi',
      initiator: 'unknown',
      gave: ['help', 'intro', 'article'],
      received: ['help'],
      askedForHelp: true,
    });
  });

  it('gives nothing and receives nothing when no toggle is on', () => {
    expect(toTouchInput(draft(), AFTERNOON)).toMatchObject({
      gave: [],
      received: [],
      askedForHelp: false,
    });
  });
});

describe('draftFromTouch', () => {
  const touch: Touch = {
    id: 'touch-1',
    createdAt: 1,
    updatedAt: 1,
    source: 'demo',
    at: local(2025, 1, 5, 10, 0) + 999,
    kind: 'call',
    participantIds: ['anna', 'bo'],
    note: 'Budget',
    initiator: 'them',
    gave: ['advice', 'help'],
    received: ['favour', 'help'],
    askedForHelp: true,
  };

  it('round-trips through the sheet, keeping values the sheet has no toggle for', () => {
    const edit = draftFromTouch(touch);
    expect(edit.flows.sort()).toEqual(['asked', 'i-helped', 'they-helped']);
    expect(edit).toMatchObject({ otherGave: ['advice'], otherReceived: ['favour'], when: 'pick' });
    const back = toTouchInput(edit, resolveAt(edit, AFTERNOON, edit.originalAt) ?? 0, edit);
    expect(back).toEqual({
      at: touch.at,
      kind: 'call',
      participantIds: ['anna', 'bo'],
      note: 'Budget',
      initiator: 'them',
      gave: ['help', 'advice'],
      received: ['help', 'favour'],
      askedForHelp: true,
    });
  });
});

describe('drafts', () => {
  it('count as empty until the user enters something', () => {
    expect(isDraftEmpty(emptyDraft())).toBe(true);
    expect(isDraftEmpty({ ...emptyDraft(), note: '   ' })).toBe(true);
    expect(isDraftEmpty({ ...emptyDraft(), kind: 'call' })).toBe(false);
    expect(isDraftEmpty({ ...emptyDraft(), personIds: ['x'] })).toBe(false);
  });

  it('come back from storage field by field, dropping what is not valid', () => {
    expect(
      sanitizeDraft({
        personIds: ['a', 7, 'a', 'b'],
        kind: 'video',
        when: 'later',
        pickedAt: 3,
        note: 'kept',
        flows: ['asked', 'stole'],
        initiator: 'me',
        askWhat: 'A contact at BMW',
        askGoalId: 4,
      }),
    ).toEqual({
      personIds: ['a', 'b'],
      kind: 'video',
      when: 'now',
      pickedAt: '',
      note: 'kept',
      flows: ['asked'],
      initiator: 'me',
      askWhat: 'A contact at BMW',
      askGoalId: '',
    });
    expect(sanitizeDraft('nonsense')).toEqual(emptyDraft());
    expect(sanitizeEditDraft({ note: 'no id' })).toBeNull();
  });

  it('read back the datetime-local values they write', () => {
    expect(parseLocalInput(toLocalInput(AFTERNOON))).toBe(AFTERNOON);
    expect(parseLocalInput('2025-03-10')).toBeNull();
  });
});
