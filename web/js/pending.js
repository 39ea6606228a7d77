// Requests under way, so tests (window.investor.idle) can wait until the page has settled.

const pending = new Set();

export function track(promise) {
  pending.add(promise);
  promise.finally(() => pending.delete(promise)).catch(() => {});
  return promise;
}

export async function idle() {
  while (pending.size) await Promise.allSettled([...pending]);
}
