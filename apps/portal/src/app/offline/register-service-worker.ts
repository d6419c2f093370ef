/**
 * Production builds register public/sw.js (the shell cache) for the portal's scope. Development does
 * not: a cached shell would hide the edits being made, and Vite's dev server has no built assets.
 */
export function registerServiceWorker() {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  const base = import.meta.env.BASE_URL; // "/portal/"
  window.addEventListener("load", () => {
    // No cache is better than a broken page: a failed registration changes nothing for the user.
    navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => undefined);
  });
}
