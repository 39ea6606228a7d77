// What the last layout of the desk's labels was, so that the next one of the same region keeps it:
// places loaded for the first time as the view moves (view-loader.js) come after those already laid
// out, which go in the order they went then and each first tries where its label stood (its place
// and form), so a label already shown keeps its place unless what comes before it now covers it
// (a label of a kind before its own, a location name, a map control). Without it, a place new to the
// page whose name sorts first took the place of a label shown, which moved or joined a label far off
// as the view was panned. A region's layouts keep the last one from the first that places new to it
// or the controls moved over the map (map-labels.js) on; until then, and in a new region
// (near-view.js: a zoom, a long pan) or language, a layout starts afresh (places in their kinds'
// order), so that a view laid out afresh is laid out as it was the last time (a view come back to
// looks as it did).

const id = (c) => `${c.kind.name}\u0001${c.key}`;

export function createLabelMemory() {
  let memory = { scope: null, ranks: new Map(), heads: new Map(), on: new Map() };
  return {
    /**
     * One kind's candidates (in the kind's order) for a layout of scope (the region's id): those of the last layout of scope first, in its order, each with prev =
     * { place, form, shift } where it headed a label then, else was = { kind, key } of the head of the label
     * it was on; then the others in their order, each with fresh = true (none when the last layout was
     * of another scope: all start afresh).
     */
    order(scope, list) {
      if (memory.scope !== scope || !memory.ranks.size) return list;
      const known = [];
      const fresh = [];
      for (const c of list) {
        const rank = memory.ranks.get(id(c));
        if (rank === undefined) {
          c.fresh = true;
          fresh.push(c);
        } else {
          c.prev = memory.heads.get(id(c));
          c.was = memory.on.get(id(c));
          known.push([rank, c]);
        }
      }
      known.sort((a, b) => a[0] - b[0]);
      return [...known.map(([, c]) => c), ...fresh];
    },
    /**
     * True when a layout of scope should keep the last one, itself of scope: the controls moved over the
     * map (moved), a layout of scope kept one already, or a candidate of lists (each a kind's) was not
     * laid out by the last one.
     */
    keeps(scope, lists, moved) {
      return memory.scope === scope && (moved || memory.kept || lists.some((list) => list.some((c) => !memory.ranks.has(id(c)))));
    },
    /**
     * Keeps a layout of scope: the candidates in the order laid out, the labels ({ head, members,
     * place, shift }) and whether it kept the last one (kept: then every later layout of scope does).
     */
    remember(scope, candidates, labels, kept) {
      const ranks = new Map(candidates.map((c, i) => [id(c), i]));
      const heads = new Map(labels.map(({ head, place, shift }) => [id(head), { place, shift, form: head.form ?? '' }]));
      const on = new Map(labels.flatMap(({ head, members }) => members.filter((m) => m !== head)
        .map((m) => [id(m), { kind: head.kind.name, key: head.key }])));
      memory = { scope, ranks, heads, on, kept };
    },
    /** Starts afresh (a new language: other words, other sizes). */
    forget() { memory = { scope: null, ranks: new Map(), heads: new Map(), on: new Map() }; },
  };
}
