import { useApolloClient, useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { signInRequest, signOutRequest } from './auth-api';
import type { SessionMonitor } from './session-monitor';
import { ViewerContext, type ViewerContextValue, type ViewerNotice } from './viewer-context';
import { VIEWER_QUERY } from './viewer-query';

interface ViewerProviderProps {
  /** Hears from the Apollo link when the gateway ends the session (HTTP 401). */
  session: SessionMonitor;
  children: ReactNode;
}

/**
 * Knows who is signed in (`me`, asked once) and changes it. Every change of identity resets the
 * Apollo store: the cache is emptied, so nothing one person could see stays in memory for the next,
 * and the queries on screen ask again as the new person.
 */
export function ViewerProvider({ session, children }: ViewerProviderProps) {
  const client = useApolloClient();
  const { data, error } = useQuery(VIEWER_QUERY);
  const [notice, setNotice] = useState<ViewerNotice | null>(null);
  const [signingOut, setSigningOut] = useState(false);
  // One reset per ended session: should the cookie somehow survive, a second 401 clears the store
  // without asking again, rather than looping.
  const sessionEndHandled = useRef(false);

  useEffect(
    () =>
      session.subscribe(() => {
        setNotice({ kind: 'sessionEnded' });
        if (sessionEndHandled.current) {
          void client.clearStore();
          return;
        }
        sessionEndHandled.current = true;
        // The gateway cleared the cookie with its 401: the queries on screen now ask as the public.
        void client.resetStore().catch(() => undefined);
      }),
    [session, client],
  );

  const signIn = useCallback(
    async (email: string, password: string) => {
      const answer = await signInRequest(email, password);
      if (answer.ok) {
        sessionEndHandled.current = false;
        setNotice(null);
        await client.resetStore().catch(() => undefined);
      }
      return answer;
    },
    [client],
  );

  const signOut = useCallback(async () => {
    setSigningOut(true);
    try {
      const answer = await signOutRequest();
      if (!answer.ok) {
        setNotice({ kind: 'signOutFailed', code: answer.code });
        return;
      }
      setNotice({ kind: 'signedOut' });
      await client.resetStore().catch(() => undefined);
    } finally {
      setSigningOut(false);
    }
  }, [client]);

  const dismissNotice = useCallback(() => setNotice(null), []);

  const value = useMemo<ViewerContextValue>(
    () => ({
      viewer: data ? data.me : undefined,
      viewerError: data ? undefined : error,
      signIn,
      signOut,
      signingOut,
      notice,
      dismissNotice,
    }),
    [data, error, signIn, signOut, signingOut, notice, dismissNotice],
  );
  return <ViewerContext value={value}>{children}</ViewerContext>;
}
