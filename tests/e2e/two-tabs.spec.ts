// Two tabs of one browser (two pages of one context: one origin, one IndexedDB) working on
// the same data: a person edited in both, and a log note being written in each.
import type { Page } from '@playwright/test';
import { test, expect, startEmpty } from './fixtures';

type StoredPerson = { organisation: string; role: string };

/** The person as stored, read straight from IndexedDB. */
async function storedPerson(page: Page, id: string): Promise<StoredPerson> {
  return page.evaluate(async (personId) => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('ties');
      request.onsuccess = () => {
        resolve(request.result);
      };
      request.onerror = () => {
        reject(request.error ?? new Error('could not open the database'));
      };
    });
    try {
      return await new Promise<StoredPerson>((resolve, reject) => {
        const read = database.transaction('contacts').objectStore('contacts').get(personId);
        read.onsuccess = () => {
          resolve(read.result as StoredPerson);
        };
        read.onerror = () => {
          reject(read.error ?? new Error('could not read the person'));
        };
      });
    } finally {
      database.close();
    }
  }, id);
}

/** Adds Anna Berg of Acme, CTO, through the form; returns her id. */
async function addAnna(page: Page): Promise<string> {
  await page.goto('/people/new');
  await page.getByRole('textbox', { name: 'Given name' }).fill('Anna');
  await page.getByRole('textbox', { name: 'Family name' }).fill('Berg');
  await page.getByRole('textbox', { name: 'Organisation' }).fill('Acme');
  await page.getByRole('textbox', { name: 'Role' }).fill('CTO');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page).toHaveURL(/\/people\/[0-9a-f-]{36}$/);
  return page.url().split('/').at(-1) ?? '';
}

async function openEdit(page: Page, id: string): Promise<void> {
  await page.goto(`/people/${id}/edit`);
  await expect(page.getByRole('heading', { level: 1, name: 'Edit Anna Berg' })).toBeVisible();
}

async function save(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Save', exact: true }).click();
}

test.describe('two tabs', () => {
  test('an edit in each tab keeps both: A’s organisation and B’s role', async ({
    context,
    page: tabA,
  }) => {
    await startEmpty(tabA);
    const id = await addAnna(tabA);
    const tabB = await context.newPage();
    await openEdit(tabA, id);
    await openEdit(tabB, id);

    // B starts on the role while A changes the organisation and saves.
    await tabB.getByRole('textbox', { name: 'Role' }).fill('CEO');
    await tabA.getByRole('textbox', { name: 'Organisation' }).fill('Beta AB');
    await save(tabA);
    await expect(tabA).toHaveURL(new RegExp(`/people/${id}$`));

    // B, still open, shows A's organisation in the field it left alone, and says so.
    await expect(tabB.getByRole('textbox', { name: 'Organisation' })).toHaveValue('Beta AB');
    await expect(
      tabB.getByText(
        'Changed in another tab since you opened this form, and updated here: Organisation.',
      ),
    ).toBeVisible();
    await expect(tabB.getByRole('textbox', { name: 'Role' })).toHaveValue('CEO');
    await save(tabB);
    await expect(tabB).toHaveURL(new RegExp(`/people/${id}$`));

    expect(await storedPerson(tabB, id)).toMatchObject({ organisation: 'Beta AB', role: 'CEO' });
  });

  test('the same field changed in both: B is told, chooses, and what B chose is saved', async ({
    context,
    page: tabA,
  }) => {
    await startEmpty(tabA);
    const id = await addAnna(tabA);
    const tabB = await context.newPage();
    await openEdit(tabA, id);
    await openEdit(tabB, id);

    await tabB.getByRole('textbox', { name: 'Organisation' }).fill('Gamma AB');
    await tabA.getByRole('textbox', { name: 'Organisation' }).fill('Beta AB');
    await save(tabA);
    await expect(tabA).toHaveURL(new RegExp(`/people/${id}$`));

    const panel = tabB.getByRole('region', {
      name: 'Changed in another tab while you were editing',
    });
    await expect(panel).toBeVisible();
    const organisation = panel.getByRole('group', { name: 'Organisation' });
    await expect(organisation).toContainText('Acme');
    await expect(organisation).toContainText('Beta AB');
    await expect(organisation).toContainText('Gamma AB');

    // Save waits for the choice; nothing of B's is written meanwhile.
    await save(tabB);
    await expect(panel.getByRole('alert')).toHaveText('Choose a version for 1 field first.');
    expect((await storedPerson(tabB, id)).organisation).toBe('Beta AB');

    await organisation.getByRole('button', { name: 'Keep mine' }).click();
    await expect(panel).toBeHidden();
    await save(tabB);
    await expect(tabB).toHaveURL(new RegExp(`/people/${id}$`));
    expect(await storedPerson(tabB, id)).toMatchObject({ organisation: 'Gamma AB', role: 'CTO' });
  });

  test('each tab keeps its own unsaved log note through the other’s save and a reload', async ({
    context,
    page: tabA,
  }) => {
    await startEmpty(tabA);
    await addAnna(tabA);
    const tabB = await context.newPage();

    const note = (page: Page) =>
      page.getByRole('dialog', { name: 'Log a touch' }).getByRole('textbox', { name: 'Note' });
    await tabB.goto('/log');
    await note(tabB).fill('B: ask about the board seat');
    await tabA.goto('/log');
    const sheetA = tabA.getByRole('dialog', { name: 'Log a touch' });
    await sheetA.getByRole('combobox', { name: 'With whom?' }).fill('an');
    await sheetA.getByRole('option', { name: 'Anna Berg' }).click();
    await note(tabA).fill('A: coffee by the station');

    // A was written last; B's reload still shows B's own note.
    await tabB.reload();
    await expect(note(tabB)).toHaveValue('B: ask about the board seat');

    // A saves: its sheet closes, and B's note is neither cleared nor replaced.
    await sheetA.getByRole('button', { name: 'Save' }).click();
    await expect(sheetA).toBeHidden();
    await expect(note(tabB)).toHaveValue('B: ask about the board seat');
    await tabB.reload();
    await expect(note(tabB)).toHaveValue('B: ask about the board seat');

    // A's next touch starts empty: its saved note went with the save.
    await tabA.goto('/log');
    await expect(note(tabA)).toHaveValue('');
  });

  test('the log note an earlier version kept for all tabs goes to one tab only', async ({
    context,
    page,
  }) => {
    await startEmpty(page);
    const legacy = {
      state: {
        draft: {
          personIds: [],
          kind: 'call',
          when: 'now',
          pickedAt: '',
          note: 'Kept by the earlier version',
          flows: [],
          initiator: 'unknown',
        },
        edit: null,
      },
      version: 1,
    };
    await page.evaluate((value) => {
      localStorage.setItem('ties.log-draft.v1', JSON.stringify(value));
    }, legacy);

    // Two tabs open the log sheet at the same moment, as after an update reloads them both.
    const tabs = [await context.newPage(), await context.newPage()];
    await Promise.all(tabs.map((tab) => tab.goto('/log')));
    const notes = tabs.map((tab) =>
      tab.getByRole('dialog', { name: 'Log a touch' }).getByRole('textbox', { name: 'Note' }),
    );
    // One tab takes it, the other starts empty, and the shared copy is gone.
    await expect
      .poll(async () => (await Promise.all(notes.map((note) => note.inputValue()))).sort())
      .toEqual(['', 'Kept by the earlier version']);
    expect(await page.evaluate(() => localStorage.getItem('ties.log-draft.v1'))).toBeNull();
  });

  test('the person form’s unsaved input comes back after a reload of its tab only', async ({
    context,
    page: tabA,
  }) => {
    await startEmpty(tabA);
    const id = await addAnna(tabA);
    const tabB = await context.newPage();
    await openEdit(tabA, id);
    await tabA.getByRole('textbox', { name: 'Role' }).fill('Chair');

    await tabA.reload();
    await expect(tabA.getByRole('textbox', { name: 'Role' })).toHaveValue('Chair');
    await expect(tabA.getByText('Your unsaved changes in this form were restored.')).toBeVisible();

    // Another tab opening the same form sees the person as stored, not A's input.
    await openEdit(tabB, id);
    await expect(tabB.getByRole('textbox', { name: 'Role' })).toHaveValue('CTO');

    await tabA.getByRole('button', { name: 'Discard changes' }).click();
    await expect(tabA.getByRole('textbox', { name: 'Role' })).toHaveValue('CTO');
    await tabA.reload();
    await expect(tabA.getByRole('textbox', { name: 'Role' })).toHaveValue('CTO');
  });
});
