// The sizes of the desk map's labels, measured once each and kept (until the language changes the
// words): labels not known yet are built in one hidden box inside the map, in the same marker icon
// wrapper and so with the same styles as on the map, read in one pass (one layout of the page for
// the lot, however many), then dropped. A size is { dx, dy, w, h }: the label's box against its
// anchor point, CSS transforms included. Nothing is read from the labels on the map.

/** Sizes for labels on map: measure(entries) then get(key); clear() forgets them all. */
export function createLabelSizes(map) {
  const cache = new Map();
  const box = L.DomUtil.create('div', 'label-measure', map.getContainer());
  box.setAttribute('aria-hidden', 'true');

  return {
    get: (key) => cache.get(key),
    clear: () => cache.clear(),
    /**
     * Measures the entries ({ key, build() → { node, className } }) whose key has no size yet;
     * className is the marker icon's. A hidden map measures nothing (its labels get sizes later).
     */
    measure(entries) {
      const todo = new Map();
      for (const entry of entries) if (!cache.has(entry.key) && !todo.has(entry.key)) todo.set(entry.key, entry);
      if (!todo.size) return;
      const items = [...todo.values()].map(({ key, build }) => {
        const { node, className } = build();
        const icon = L.divIcon({ html: node, className, iconSize: null, iconAnchor: [0, 0] }).createIcon();
        return { key, node, icon };
      });
      const fragment = document.createDocumentFragment();
      items.forEach(({ icon }) => fragment.append(icon));
      box.append(fragment);
      for (const { key, node, icon } of items) {
        const r = node.getBoundingClientRect();
        const o = icon.getBoundingClientRect();
        if (r.width > 0) cache.set(key, { dx: r.left - o.left, dy: r.top - o.top, w: r.width, h: r.height });
      }
      box.replaceChildren();
    },
  };
}
