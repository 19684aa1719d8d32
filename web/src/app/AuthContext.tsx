import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import * as authApi from '../api/auth.ts';
import { ApiError, onSessionLost } from '../api/http.ts';
import type { Session } from '../api/types.ts';

type AuthState =
  | { status: 'checking' }
  | { status: 'anonymous'; checkError?: unknown }
  | { status: 'signed-in'; session: Session };

interface AuthContextValue {
  state: AuthState;
  signIn: (email: string, password: string) => Promise<void>;
  signOut: () => Promise<void>;
  /** Asks the server again, e.g. after it could not be reached at start-up. */
  recheck: () => void;
}

const AuthContext = createContext<AuthContextValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>({ status: 'checking' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    authApi.fetchSession().then(
      (session) => current && setState({ status: 'signed-in', session }),
      (error: unknown) => {
        if (!current) return;
        // 401 simply means "not signed in"; anything else is worth telling the user about.
        const expected = error instanceof ApiError && error.status === 401;
        setState({ status: 'anonymous', checkError: expected ? undefined : error });
      },
    );
    return () => {
      current = false;
    };
  }, [attempt]);

  // A session that expires while the user works sends them to the login page from anywhere.
  useEffect(() => onSessionLost(() => setState({ status: 'anonymous' })), []);

  const signIn = useCallback(async (email: string, password: string) => {
    const session = await authApi.login(email, password);
    setState({ status: 'signed-in', session });
  }, []);

  const signOut = useCallback(async () => {
    try {
      await authApi.logout();
    } finally {
      // Even if the request failed the user asked to leave; forget the session locally.
      setState({ status: 'anonymous' });
    }
  }, []);

  const recheck = useCallback(() => {
    setState({ status: 'checking' });
    setAttempt((value) => value + 1);
  }, []);

  const value = useMemo(() => ({ state, signIn, signOut, recheck }), [state, signIn, signOut, recheck]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}

/** For screens that only render behind <RequireAuth>, where a session always exists. */
export function useSession(): Session {
  const { state } = useAuth();
  if (state.status !== 'signed-in') throw new Error('useSession used outside a signed-in area');
  return state.session;
}
