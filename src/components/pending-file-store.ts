import { create } from 'zustand';

/**
 * A file handed to the data page from elsewhere in the app: dropped on the window, shared to
 * the installed app, or opened with it. The shell cannot import the page (features do not
 * import each other, the shell only routes), so the file waits here until the page takes it.
 * UI state only: the File object, never rows.
 */
export type PendingFile = { file: File; kind: 'import' | 'restore' };

type PendingFileState = { pending: PendingFile | undefined };

export const usePendingFileStore = create<PendingFileState>(() => ({ pending: undefined }));

export function setPendingFile(pending: PendingFile): void {
  usePendingFileStore.setState({ pending });
}

/** Takes the waiting file, if any, so that it is read once. */
export function takePendingFile(): PendingFile | undefined {
  const { pending } = usePendingFileStore.getState();
  if (pending) usePendingFileStore.setState({ pending: undefined });
  return pending;
}

/** A backup is a .json file; anything else dropped or shared is offered to the importer. */
export function pendingKindOf(file: File): PendingFile['kind'] {
  return /\.json$/i.test(file.name) || file.type === 'application/json' ? 'restore' : 'import';
}
