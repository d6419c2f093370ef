/*
 * 智慧政协 委员端 service worker: keeps the app shell so that the portal opens without a network.
 * Written by hand because the rules are few and must stay visible:
 *   - the shell (index.html, the built JS/CSS, icons, manifest) is cached at install, per build;
 *   - hashed assets: cache first (their names change with their content);
 *   - page loads: network first, the cached shell when the network is gone;
 *   - /graphql: network only. Answers carry personal data and never enter Cache Storage; without a
 *     network the app gets a GraphQL error in Chinese instead of a browser failure;
 *   - anything else (/events, /admin/…) is left to the browser.
 * Registered only by production builds (src/app/offline/register-service-worker.ts).
 */

// Filled in by the build (vite.config.ts, plugin "portal-service-worker"); these are the dev values.
const BUILD = { version: "dev", precache: [] };

const PREFIX = "zhzx-portal-";
const CACHE = `${PREFIX}${BUILD.version}`;
const SCOPE = new URL(self.registration.scope).pathname; // "/portal/"
const SHELL = `${SCOPE}index.html`;
const HASHED = /\/assets\/[^/]+-[\w-]{8,}\.(?:js|css)$/;
/** A page load that takes longer than this is answered from the cache (a "connected" but dead network). */
const NAVIGATION_TIMEOUT_MS = 6000;

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await Promise.all(
        BUILD.precache.map(async (url) => {
          // A hashed file of the previous build is the same file: copy it instead of downloading it again.
          if (HASHED.test(url)) {
            const kept = await caches.match(url);
            if (kept) return cache.put(url, kept);
          }
          const res = await fetch(url, { cache: "no-cache" });
          if (!res.ok) throw new Error(`precache ${url}: HTTP ${res.status}`);
          await cache.put(url, res);
        }),
      );
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname === "/graphql") {
    event.respondWith(graphql(request));
    return;
  }
  if (request.method !== "GET" || !url.pathname.startsWith(SCOPE)) return;
  if (request.mode === "navigate") event.respondWith(page(request));
  else if (url.pathname !== `${SCOPE}sw.js`) event.respondWith(asset(request, url));
});

async function graphql(request) {
  try {
    return await fetch(request);
  } catch {
    // The GraphQL-over-HTTP media type lets Apollo read a non-2xx answer as GraphQL errors.
    const body = { errors: [{ message: "网络不可用，请检查网络连接后重试", extensions: { code: "NETWORK_UNAVAILABLE" } }] };
    return new Response(JSON.stringify(body), {
      status: 503,
      headers: { "Content-Type": "application/graphql-response+json; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
}

async function page(request) {
  const cached = () => caches.match(SHELL, { cacheName: CACHE });
  try {
    const res = await Promise.race([
      fetch(request),
      new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), NAVIGATION_TIMEOUT_MS)),
    ]);
    // The server is down behind a working network (a proxy's 502): the shell still opens.
    if (res.status >= 500) return (await cached()) ?? res;
    return res;
  } catch (e) {
    const shell = await cached();
    if (shell) return shell;
    throw e;
  }
}

async function asset(request, url) {
  const hit = await caches.match(request, { cacheName: CACHE });
  if (hit) return hit;
  const res = await fetch(request);
  // A hashed file first needed after install (another build's chunk, say): keep it for next time.
  if (res.ok && HASHED.test(url.pathname)) {
    const copy = res.clone();
    void caches.open(CACHE).then((c) => c.put(request, copy));
  }
  return res;
}
