import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { AuthRefusal } from '../../viewer/auth-api';
import { safeNext } from '../../viewer/sign-in-path';
import { useViewer } from '../../viewer/viewer-context';
import { SignInError } from './SignInError';

/** `/sign-in?next=/initiatives/…`: email and password, then back to where the person was. */
export function SignInRoute() {
  const { t } = useTranslation();
  const { viewer, signIn } = useViewer();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'), window.location.origin);
  const emailId = useId();
  const passwordId = useId();
  const errorId = useId();
  const passwordRef = useRef<HTMLInputElement>(null);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [sending, setSending] = useState(false);
  const [refusal, setRefusal] = useState<AuthRefusal | null>(null);
  // After RATE_LIMITED with a Retry-After, the button waits as long as the server asked.
  const [waiting, setWaiting] = useState(false);

  const retryAfter = refusal?.code === 'RATE_LIMITED' ? refusal.retryAfterSeconds : undefined;
  useEffect(() => {
    if (!retryAfter) return;
    setWaiting(true);
    const timer = setTimeout(() => setWaiting(false), retryAfter * 1000);
    return () => clearTimeout(timer);
  }, [retryAfter, refusal]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending || waiting) return;
    setSending(true);
    setRefusal(null);
    const answer = await signIn(email.trim(), password);
    if (answer.ok) {
      void navigate(next, { replace: true });
      return;
    }
    setSending(false);
    setRefusal(answer);
    if (answer.code === 'UNAUTHENTICATED') {
      setPassword('');
      passwordRef.current?.focus();
    }
  }

  // Signed in already (and not in the middle of signing in, which ends on another page).
  if (viewer && !sending) {
    return (
      <div className="page sign-in-page">
        <title>{`${t('signIn.title')} · ${t('app.name')}`}</title>
        <div className="panel sign-in-panel">
          <h1>{t('signIn.title')}</h1>
          <p>{t('signIn.alreadySignedIn', { name: viewer.displayName })}</p>
          <Link className="button" to={next}>
            {t('signIn.continue')}
          </Link>
        </div>
      </div>
    );
  }

  const fieldsRefused = refusal?.code === 'UNAUTHENTICATED' || refusal?.code === 'BAD_USER_INPUT';
  return (
    <div className="page sign-in-page">
      <title>{`${t('signIn.title')} · ${t('app.name')}`}</title>
      <div className="panel sign-in-panel">
        <h1>{t('signIn.title')}</h1>
        <p className="muted">{t('signIn.intro')}</p>
        <form
          className="sign-in-form"
          onSubmit={(event) => void submit(event)}
          aria-describedby={refusal ? errorId : undefined}
        >
          {refusal && <SignInError id={errorId} refusal={refusal} />}
          <div className="field">
            <label htmlFor={emailId}>{t('signIn.email')}</label>
            <input
              id={emailId}
              name="email"
              type="email"
              autoComplete="username"
              inputMode="email"
              required
              autoFocus
              value={email}
              aria-invalid={fieldsRefused || undefined}
              onChange={(event) => setEmail(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={passwordId}>{t('signIn.password')}</label>
            <input
              ref={passwordRef}
              id={passwordId}
              name="password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              aria-invalid={fieldsRefused || undefined}
              onChange={(event) => setPassword(event.target.value)}
            />
          </div>
          <button type="submit" className="button sign-in-form__submit" disabled={sending || waiting}>
            {sending ? t('signIn.sending') : t('signIn.submit')}
          </button>
        </form>
      </div>
    </div>
  );
}
