// Web Share Target for the installed app: sharing a contacts file or a backup to
// Ties from another app POSTs it to /share-target (manifest share_target, vite.config.ts).
// The generated service worker loads this file with importScripts, ahead of Workbox's own
// routes (which only answer GET). The file is parked in the Cache API, never sent anywhere,
// and the data page (src/features/your-data/incoming-files.ts) takes it from there when it
// opens with ?shared=1. The names below must match that module.
const SHARE_ACTION = '/share-target';
const SHARE_CACHE = 'ties-shared-files';
const SHARED_FILE_URL = '/shared-file';
const SHARED_NAME_HEADER = 'X-Ties-File-Name';
const DATA_PAGE = '/settings/data?shared=1';

async function parkSharedFile(request) {
  try {
    const form = await request.formData();
    const file = form.getAll('file').find((value) => typeof value !== 'string');
    if (file) {
      const cache = await caches.open(SHARE_CACHE);
      await cache.put(
        SHARED_FILE_URL,
        new Response(file, {
          headers: {
            'Content-Type': file.type || 'application/octet-stream',
            [SHARED_NAME_HEADER]: encodeURIComponent(file.name),
          },
        }),
      );
    }
  } catch (error) {
    // The page says the file was not found; the user can pick it by hand.
    console.error('Ties could not keep a shared file', error);
  }
  // 303: the app opens with a GET, so a reload does not share the file again.
  return Response.redirect(DATA_PAGE, 303);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'POST') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname !== SHARE_ACTION) return;
  event.respondWith(parkSharedFile(request));
});
