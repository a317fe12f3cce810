import { createContext, useContext } from 'react';
import type { ErrorCode } from '../apollo/errors';
import type { AuthAnswer } from './auth-api';
import type { SignedInViewer } from './viewer-query';

/** What the app tells the person after their identity changed. */
export type ViewerNotice =
  { kind: 'signedOut' } | { kind: 'sessionEnded' } | { kind: 'signOutFailed'; code: ErrorCode };

export interface ViewerContextValue {
  /** The signed-in person; null for the public; undefined until the server has said which. */
  viewer: SignedInViewer | null | undefined;
  /** Set when asking who is signed in failed (the server is unreachable, say). */
  viewerError: unknown;
  /** Signs in; on success the store is reset, so every page asks again as the new person. */
  signIn: (email: string, password: string) => Promise<AuthAnswer>;
  /** Signs out; on success the store is reset, so nothing of the previous person stays in memory. */
  signOut: () => Promise<void>;
  signingOut: boolean;
  notice: ViewerNotice | null;
  dismissNotice: () => void;
}

export const ViewerContext = createContext<ViewerContextValue | null>(null);

/** The signed-in person and the sign-in/sign-out actions (from the ViewerProvider at the root). */
export function useViewer(): ViewerContextValue {
  const value = useContext(ViewerContext);
  if (!value) throw new Error('useViewer() needs a <ViewerProvider> above it');
  return value;
}
