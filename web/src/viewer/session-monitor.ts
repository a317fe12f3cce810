/**
 * Carries "the gateway ended this session" from the Apollo link, which is made before React renders,
 * to the ViewerProvider, which decides what the screen shows next.
 */
export function createSessionMonitor() {
  const listeners = new Set<() => void>();
  return {
    /** The gateway answered HTTP 401: the session cookie no longer identifies anyone. */
    ended: () => {
      for (const listener of listeners) listener();
    },
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
export type SessionMonitor = ReturnType<typeof createSessionMonitor>;
