// Files that reach the data page from outside the app: shared to the installed app (Web Share
// Target; public/share-target-sw.js parks the file in the Cache API and opens this page with
// ?shared=1) and opened with it from the desktop ("Open with", File Handling API's
// launchQueue). Both end up in the pending-file store, like a file dropped on the window.
import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { pendingKindOf, setPendingFile } from '../../components/pending-file-store';

/** Must match public/share-target-sw.js. */
export const SHARE_CACHE = 'ties-shared-files';
export const SHARED_FILE_URL = '/shared-file';
const SHARED_NAME_HEADER = 'X-Ties-File-Name';

/** The file the service worker parked, removed from the cache as it is taken. */
export async function takeSharedFile(): Promise<File | undefined> {
  if (typeof caches === 'undefined') return undefined;
  const cache = await caches.open(SHARE_CACHE);
  const response = await cache.match(SHARED_FILE_URL);
  if (!response) return undefined;
  await cache.delete(SHARED_FILE_URL);
  const blob = await response.blob();
  const name = decodeURIComponent(response.headers.get(SHARED_NAME_HEADER) ?? 'shared-file');
  return new File([blob], name, { type: blob.type });
}

type LaunchParams = { files: readonly { getFile: () => Promise<File> }[] };
type LaunchQueue = { setConsumer: (consumer: (params: LaunchParams) => void) => void };

/**
 * Takes a shared or opened-with file into the pending-file store. Returns true when a share
 * was announced (?shared=1) but no file was found, so the page can say so.
 */
export function useIncomingFiles(): boolean {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const isShared = params.get('shared') === '1';
  const [isMissing, setIsMissing] = useState(false);

  useEffect(() => {
    if (!isShared) return;
    let isCurrent = true;
    takeSharedFile().then(
      (file) => {
        if (!isCurrent) return;
        if (file) setPendingFile({ file, kind: pendingKindOf(file) });
        else setIsMissing(true);
        // Drop ?shared=1, so a reload does not look for the file again.
        void navigate({ search: '' }, { replace: true });
      },
      (error: unknown) => {
        console.error('Ties could not read a shared file', error);
        if (isCurrent) setIsMissing(true);
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [isShared, navigate]);

  useEffect(() => {
    const queue = (window as Window & { launchQueue?: LaunchQueue }).launchQueue;
    queue?.setConsumer((launch) => {
      const [handle] = launch.files;
      if (!handle) return;
      handle.getFile().then(
        (file) => {
          setPendingFile({ file, kind: pendingKindOf(file) });
        },
        (error: unknown) => {
          console.error('Ties could not open a file it was launched with', error);
        },
      );
    });
  }, []);

  return isMissing;
}
