// The service worker (served as /sw.js). Pages a reader has visited stay readable offline: every public
// page she loads is kept (network first, the kept copy when the network fails); a page never visited
// shows the offline page in her language. Signed-in pages (Cache-Control: private) are never kept.
const PAGES = "dialogue-pages-v1";
const LOCALES = ["kk", "ky", "tg", "tk", "uz", "ru", "en"];
const OFFLINE = (locale) => `/${locale}/offline`;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(PAGES)
      .then((cache) => cache.addAll(LOCALES.map(OFFLINE)))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== PAGES).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

const keepable = (res) =>
  res.ok && res.type === "basic" && /\bpublic\b/.test(res.headers.get("cache-control") || "");

self.addEventListener("fetch", (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== "GET" || url.origin !== self.location.origin) return;
  const page = req.mode === "navigate";
  const asset = url.pathname.startsWith("/assets/");
  if (!page && !asset) return;
  event.respondWith(
    fetch(req)
      .then((res) => {
        if (keepable(res) || (asset && res.ok)) {
          const copy = res.clone();
          caches.open(PAGES).then((cache) => cache.put(req, copy));
        }
        return res;
      })
      .catch(async () => {
        const kept = await caches.match(req);
        if (kept || !page) return kept || Response.error();
        const locale = LOCALES.find((l) => url.pathname.startsWith(`/${l}/`)) || "ru";
        return (await caches.match(OFFLINE(locale))) || Response.error();
      }),
  );
});
