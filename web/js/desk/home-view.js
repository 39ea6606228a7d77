// Where the desk opens for a viewer: a township's official on their township, a park's official on
// their park (the figures' scope, and the map zoomed to it); everyone else on the city.

/** 'township:NAME', 'park:CODE' or null (the city) for the signed-in user from /api/me. */
export function homeScope(me) {
  if (!me?.signedIn || me.role !== 'official') return null;
  if (me.scopeTownship) return `township:${me.scopeTownship}`;
  return me.scopePark ? `park:${me.scopePark}` : null;
}
