// The screen asks the layout worker to read the graph again when a table's version changes:
// it must change on every write to that table, even one that keeps the number of rows.
import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../db/db';
import { useGraphDataVersions } from './use-graph-data';
import type { Group } from '../../domain/types';
import { freshDatabase, makePerson } from '../../../tests/support/log-seed';

beforeEach(async () => {
  await freshDatabase();
});

const board: Group = {
  id: 'g1',
  createdAt: 1,
  updatedAt: 1,
  source: 'manual',
  name: 'Board',
  kind: 'board',
  memberIds: [],
  hasSpeakers: false,
  hasSocialActivities: false,
  hasSports: false,
  leadersExperience: '',
  notes: '',
};

describe('the versions of the graph data', () => {
  it('change for the table written, even when it keeps its number of rows', async () => {
    const anna = makePerson('Anna', 'Berg');
    await db.contacts.add(anna);
    await db.groups.add(board);
    const { result } = renderHook(() => useGraphDataVersions());
    await waitFor(() => {
      expect(result.current).toBeDefined();
    });
    const first = result.current;

    await act(async () => {
      await db.groups.update(board.id, { deletedAt: 5 });
    });
    await waitFor(() => {
      expect(result.current?.groups).not.toBe(first?.groups);
    });
    expect(result.current?.contacts).toBe(first?.contacts);
    const second = result.current;

    await act(async () => {
      await db.contacts.update(anna.id, { isPaused: true });
    });
    await waitFor(() => {
      expect(result.current?.contacts).not.toBe(second?.contacts);
    });
    expect(result.current?.groups).toBe(second?.groups);
    expect(result.current?.touchLogs).toBe(first?.touchLogs);
    expect(result.current?.relations).toBe(first?.relations);
  });
});
