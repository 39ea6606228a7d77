// Calendar days as 'YYYY-MM-DD' strings in local time.

const pad = (n) => String(n).padStart(2, '0');

export function isoDay(date) {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

let serverToday = null;

/** Takes the portal's today (from /api/me), so forms and the "as of" default follow the server's calendar. */
export function useServerToday(day) {
  serverToday = isDay(day) ? day : null;
}

/** The portal's today once known, else the browser's. */
export function today() {
  return serverToday ?? isoDay(new Date());
}

export function isDay(text) {
  return /^\d{4}-\d{2}-\d{2}$/.test(text || '') && !Number.isNaN(Date.parse(`${text}T00:00:00`));
}

/** The last n Mondays on or before day, newest first. */
export function recentMondays(day, n) {
  const date = new Date(`${day}T00:00:00`);
  date.setDate(date.getDate() - ((date.getDay() + 6) % 7));
  return Array.from({ length: n }, (_, i) => {
    const monday = new Date(date);
    monday.setDate(date.getDate() - 7 * i);
    return isoDay(monday);
  });
}
