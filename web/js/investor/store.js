// The portal's state in one object; listeners hear every change with the state before it.

export function createStore(initial) {
  let state = initial;
  const listeners = new Set();
  return {
    get: () => state,
    set(patch) {
      const before = state;
      state = { ...state, ...patch };
      listeners.forEach((listener) => listener(state, before));
    },
    subscribe(listener) {
      listeners.add(listener);
    },
  };
}
