// Web Share Target for the installed app (manifest share_target, vite.config.ts): sharing to
// Ties from another app POSTs to /share-target. The generated service worker loads this file
// with importScripts, ahead of Workbox's own routes (which only answer GET).
// - A file (a contacts file or a backup) is parked in the Cache API, never sent anywhere,
//   and the data page (src/features/your-data/incoming-files.ts) takes it from there when it
//   opens with ?shared=1. The names below must match that module.
// - A link or some text (title, text, url) goes to the share screen (src/features/share) in
//   its address: /share?title=…&text=…&url=…. Nothing is fetched from the link.
const SHARE_ACTION = '/share-target';
const SHARE_CACHE = 'ties-shared-files';
const SHARED_FILE_URL = '/shared-file';
const SHARED_NAME_HEADER = 'X-Ties-File-Name';
const DATA_PAGE = '/settings/data?shared=1';
const SHARE_PAGE = '/share';
const TEXT_FIELDS = ['title', 'text', 'url'];

async function parkSharedFile(file) {
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

/** The share screen's address for the text fields of a share, the empty ones left out. */
function sharePageFor(form) {
  const params = new URLSearchParams();
  for (const name of TEXT_FIELDS) {
    const value = form.get(name);
    if (typeof value === 'string' && value.trim() !== '') params.set(name, value);
  }
  const query = params.toString();
  return query === '' ? SHARE_PAGE : `${SHARE_PAGE}?${query}`;
}

async function receiveShare(request) {
  let form;
  try {
    form = await request.formData();
  } catch (error) {
    // Nothing readable arrived: the data page says the file was not found.
    console.error('Ties could not read a share', error);
    return Response.redirect(DATA_PAGE, 303);
  }
  const file = form.getAll('file').find((value) => typeof value !== 'string');
  // 303: the app opens with a GET, so a reload does not share the same thing again.
  if (!file) return Response.redirect(sharePageFor(form), 303);
  try {
    await parkSharedFile(file);
  } catch (error) {
    // The page says the file was not found; the user can pick it by hand.
    console.error('Ties could not keep a shared file', error);
  }
  return Response.redirect(DATA_PAGE, 303);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'POST') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname !== SHARE_ACTION) return;
  event.respondWith(receiveShare(request));
});
