// Export › "Export some people": search, tick, and download only those, made by the real
// data-file engine in-process (tests/support/your-data-screen.tsx).
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { SHOWN_MATCHES } from './people-chooser';
import { makePerson, seedPeople } from '../../../tests/support/log-seed';
import {
  blobText,
  renderYourDataPage,
  setUpTransferTest,
  testServices,
  type SavedFile,
} from '../../../tests/support/your-data-screen';

const SLOW = { timeout: 10_000 };

beforeEach(async () => {
  await setUpTransferTest();
});

async function openPanel() {
  await userEvent.click(screen.getByRole('button', { name: 'Export some people' }));
  return screen.getByRole('group', { name: 'Choose who to export' });
}

async function search(panel: HTMLElement, query: string) {
  const field = within(panel).getByRole('searchbox', { name: 'Find people' });
  await userEvent.clear(field);
  if (query !== '') await userEvent.type(field, query);
}

async function savedText(saved: SavedFile[], count: number): Promise<string> {
  await waitFor(() => {
    expect(saved).toHaveLength(count);
  }, SLOW);
  const last = saved.at(-1);
  if (!last) throw new Error('nothing saved');
  return blobText(last.file);
}

describe('Export some people', () => {
  it('exports only the people ticked, as vCard and as CSV', async () => {
    await seedPeople(
      makePerson('Anna', 'Berg', { organisation: 'Acme AB' }),
      makePerson('Bo', 'Ek'),
      makePerson('Cilla', 'Dahl'),
    );
    const { services, saved } = testServices();
    renderYourDataPage(services);
    const panel = await openPanel();
    const vcard = within(panel).getByRole('button', { name: 'Download the chosen as vCard' });
    const csv = within(panel).getByRole('button', { name: 'Download the chosen as CSV' });
    // Nothing chosen: nothing to download, and it says why.
    expect(vcard).toBeDisabled();
    expect(csv).toBeDisabled();
    expect(vcard).toHaveAccessibleDescription('Choose at least one person to export.');

    await search(panel, 'berg');
    await userEvent.click(await within(panel).findByRole('checkbox', { name: 'Anna Berg' }, SLOW));
    await search(panel, 'bo');
    await userEvent.click(within(panel).getByRole('checkbox', { name: 'Bo Ek' }));
    expect(within(panel).queryByRole('checkbox', { name: 'Anna Berg' })).not.toBeInTheDocument();
    const chosen = within(panel).getByRole('list', { name: '2 people chosen' });
    expect(
      within(chosen)
        .getAllByRole('listitem')
        .map((item) => item.firstChild?.textContent),
    ).toEqual(['Anna Berg', 'Bo Ek']);
    expect(vcard).toBeEnabled();

    await userEvent.click(vcard);
    const cards = await savedText(saved, 1);
    expect(saved[0]?.fileName).toBe('ties-people-2025-03-14.vcf');
    expect(cards.match(/^BEGIN:VCARD\r?$/gm)).toHaveLength(2);
    expect(cards.match(/^FN:.*?(?=\r?$)/gm)).toEqual(['FN:Anna Berg', 'FN:Bo Ek']);
    expect(within(panel).getByText('Exported 2 people.')).toBeVisible();

    await userEvent.click(csv);
    const rows = await savedText(saved, 2);
    expect(saved[1]?.fileName).toBe('ties-people-2025-03-14.csv');
    const lines = rows
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines.map((line) => line.split(',')[0])).toEqual(['Name', 'Anna Berg', 'Bo Ek']);
  });

  it('chooses every match at once, and takes people out again', async () => {
    await seedPeople(
      makePerson('Anna', 'Berg', { organisation: 'Acme AB' }),
      makePerson('Bo', 'Ek', { organisation: 'Acme AB' }),
      makePerson('Cilla', 'Dahl', { organisation: 'Dahl & Co' }),
    );
    const { services } = testServices();
    renderYourDataPage(services);
    const panel = await openPanel();
    await search(panel, 'acme');
    await userEvent.click(
      await within(panel).findByRole('button', { name: 'Choose all 2 who match' }, SLOW),
    );
    expect(within(panel).getByRole('checkbox', { name: 'Anna Berg' })).toBeChecked();
    expect(within(panel).getByRole('checkbox', { name: 'Bo Ek' })).toBeChecked();
    // Everyone who matches is chosen: there is nothing more to choose.
    expect(within(panel).queryByRole('button', { name: /^Choose all/ })).not.toBeInTheDocument();
    expect(within(panel).getByText('2 people chosen')).toBeVisible();

    await userEvent.click(
      within(panel).getByRole('button', { name: 'Remove Anna Berg from the export' }),
    );
    expect(within(panel).getByRole('checkbox', { name: 'Anna Berg' })).not.toBeChecked();
    expect(within(panel).getByText('1 person chosen')).toBeVisible();

    await userEvent.click(within(panel).getByRole('button', { name: 'Clear the choice' }));
    expect(within(panel).getByText('0 people chosen')).toBeVisible();
    expect(
      within(panel).getByRole('button', { name: 'Download the chosen as vCard' }),
    ).toBeDisabled();
  });

  it('shows only the first matches of a big network, and says how many there are', async () => {
    const many = Array.from({ length: 120 }, (_, index) =>
      makePerson(`Person${String(index).padStart(3, '0')}`, 'Holm', {
        organisation: index % 2 === 0 ? 'Even AB' : 'Odd AB',
      }),
    );
    await seedPeople(...many);
    const { services } = testServices();
    renderYourDataPage(services);
    const panel = await openPanel();
    const found = await within(panel).findByRole('list', { name: 'People found' }, SLOW);
    expect(within(found).getAllByRole('checkbox')).toHaveLength(SHOWN_MATCHES);
    expect(
      within(panel).getByText('Showing 50 of 120 people. Type more to narrow it down.'),
    ).toBeVisible();

    await search(panel, 'odd');
    expect(within(found).getAllByRole('checkbox')).toHaveLength(SHOWN_MATCHES);
    expect(
      within(panel).getByText('Showing 50 of 60 people. Type more to narrow it down.'),
    ).toBeVisible();
    await userEvent.click(within(panel).getByRole('button', { name: 'Choose all 60 who match' }));
    expect(within(panel).getByText('60 people chosen')).toBeVisible();
    expect(within(panel).getByText('and 10 more')).toBeVisible();

    await search(panel, 'nobody here');
    expect(within(panel).getByText('No one matches “nobody here”.')).toBeVisible();
    expect(within(panel).queryByRole('list', { name: 'People found' })).not.toBeInTheDocument();
  });

  it('reads no one until it is opened, and speaks Swedish', async () => {
    await seedPeople(makePerson('Åsa', 'Öberg', { isArchived: true }));
    const { services } = testServices();
    renderYourDataPage(services, { language: 'sv' });
    const toggle = screen.getByRole('button', { name: 'Exportera vissa personer' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('searchbox')).not.toBeInTheDocument();

    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const panel = screen.getByRole('group', { name: 'Välj vilka som ska exporteras' });
    expect(within(panel).getByRole('searchbox', { name: 'Hitta personer' })).toHaveFocus();
    const asa = await within(panel).findByRole('checkbox', { name: 'Åsa Öberg' }, SLOW);
    expect(asa).toHaveAccessibleDescription('arkiverad');
    expect(
      within(panel).getByRole('button', { name: 'Ladda ned de valda som vCard' }),
    ).toBeDisabled();
    expect(within(panel).getByText('Välj minst en person att exportera.')).toBeVisible();
  });
});
