import { describe, expect, it } from 'vitest';
import { emptyContactInput, type ContactInput } from '../../domain/contact-validation';
import {
  changesOf,
  conflictsWith,
  hasTyped,
  keepMine,
  newPersonDraft,
  shownFormState,
  takeTheirs,
  typedFields,
  updatedElsewhere,
  withTyped,
} from './person-draft';
import { sanitizePersonDraft } from './person-draft-storage';

const opened: ContactInput = {
  ...emptyContactInput(),
  givenName: 'Anna',
  organisation: 'Acme',
  role: 'CTO',
  tags: ['board'],
};

describe('a person draft', () => {
  it('shows the stored person until something is typed', () => {
    const draft = newPersonDraft(opened);
    expect(hasTyped(draft)).toBe(false);
    expect(shownFormState(draft, opened).organisation).toBe('Acme');
    expect(changesOf(draft, opened)).toEqual([]);
  });

  it('sends only the typed fields, each from the value it was typed over', () => {
    const draft = withTyped(newPersonDraft(opened), { role: ' CEO ' }, opened);
    expect(typedFields(draft)).toEqual(['role']);
    expect(changesOf(draft, opened)).toEqual([{ field: 'role', from: 'CTO', to: 'CEO' }]);
  });

  it('follows the stored person in fields left alone, and names them', () => {
    const draft = withTyped(newPersonDraft(opened), { role: 'CEO' }, opened);
    const now = { ...opened, organisation: 'Beta AB' };
    expect(shownFormState(draft, now)).toMatchObject({ organisation: 'Beta AB', role: 'CEO' });
    expect(updatedElsewhere(draft, now)).toEqual(['organisation']);
    expect(conflictsWith(draft, now)).toEqual([]);
    expect(changesOf(draft, now)).toEqual([{ field: 'role', from: 'CTO', to: 'CEO' }]);
  });

  it('finds a field typed here and changed there to something else', () => {
    const draft = withTyped(newPersonDraft(opened), { organisation: 'Gamma AB' }, opened);
    const now = { ...opened, organisation: 'Beta AB' };
    expect(conflictsWith(draft, now)).toEqual([
      { field: 'organisation', base: 'Acme', theirs: 'Beta AB', mine: 'Gamma AB' },
    ]);
    expect(conflictsWith(draft, { ...opened, organisation: 'Gamma AB' })).toEqual([]);
  });

  it('keeps mine over their value, or takes theirs and drops what was typed', () => {
    const draft = withTyped(newPersonDraft(opened), { organisation: 'Gamma AB' }, opened);
    const now = { ...opened, organisation: 'Beta AB' };
    const kept = keepMine(draft, 'organisation', now);
    expect(conflictsWith(kept, now)).toEqual([]);
    expect(changesOf(kept, now)).toEqual([
      { field: 'organisation', from: 'Beta AB', to: 'Gamma AB' },
    ]);
    const taken = takeTheirs(draft, 'organisation');
    expect(shownFormState(taken, now).organisation).toBe('Beta AB');
    expect(hasTyped(taken)).toBe(false);
  });

  it('starts a field again from the stored value once typed back to it', () => {
    let draft = withTyped(newPersonDraft(opened), { organisation: 'Acm' }, opened);
    draft = withTyped(draft, { organisation: 'Acme' }, opened);
    expect(hasTyped(draft)).toBe(false);
    // Typed again after the other tab saved: the new base is what the user saw then.
    const now = { ...opened, organisation: 'Beta AB' };
    draft = withTyped(draft, { organisation: 'Beta AB, Malmö' }, now);
    expect(changesOf(draft, now)).toEqual([
      { field: 'organisation', from: 'Beta AB', to: 'Beta AB, Malmö' },
    ]);
  });

  it('treats the controls of one field as one: the birthday’s three parts', () => {
    const draft = withTyped(
      newPersonDraft(opened),
      { birthdayMonth: '2', birthdayDay: '29', birthdayYear: '' },
      opened,
    );
    expect(changesOf(draft, opened)).toEqual([
      { field: 'birthday', from: undefined, to: { month: 2, day: 29, year: undefined } },
    ]);
  });

  it('does not count the tags as changed when they are shown as they were stored', () => {
    const withComma = { ...opened, tags: ['Board, Nordic'] };
    const draft = withTyped(newPersonDraft(withComma), { role: 'CEO' }, withComma);
    expect(typedFields(draft)).toEqual(['role']);
  });
});

describe('a person draft read back from storage', () => {
  it('reads back what was written', () => {
    const draft = withTyped(newPersonDraft(opened), { role: 'CEO', tier: 'inner' }, opened);
    expect(sanitizePersonDraft(JSON.parse(JSON.stringify(draft)))).toEqual(draft);
  });

  it('drops a field that does not read back, and a draft without its person', () => {
    const draft = withTyped(newPersonDraft(opened), { role: 'CEO' }, opened);
    const stored = JSON.parse(JSON.stringify(draft)) as Record<string, unknown>;
    const broken = { ...stored, edits: { role: { from: 'CTO', typed: { role: 7 } } } };
    expect(sanitizePersonDraft(broken)?.edits).toEqual({});
    expect(sanitizePersonDraft({ edits: {} })).toBeNull();
    expect(sanitizePersonDraft('nonsense')).toBeNull();
  });
});
