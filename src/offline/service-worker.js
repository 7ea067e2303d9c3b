// The site's service worker (the build writes it to /sw.js with the version and the list of URLs
// filled in: src/integrations/offline.ts). After one visit every page, the data files and the
// search index are kept in one cache named after the build; a new build installs a new cache and
// deletes the old ones. Pages are answered from the cache first, so reading needs no network.
const version = self.__OFFLINE_VERSION__;
const urls = self.__OFFLINE_URLS__;
const cacheName = `site-${version}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(cacheName)
      .then((cache) => cache.addAll(urls))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith('site-') && name !== cacheName).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(cacheName);
      // The query string only steers scripts (/search/?q=, /numbers/?n=): the page is the same file.
      const cached = await cache.match(url.pathname);
      if (cached) return cached;
      try {
        return await fetch(request);
      } catch (error) {
        const notFound = request.mode === 'navigate' ? await cache.match('/404.html') : undefined;
        if (notFound) return notFound;
        throw error;
      }
    })(),
  );
});
