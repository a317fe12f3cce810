import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCodeOf } from '../../apollo/errors';
import { fieldProblemsOf } from '../../apollo/problems';
import { MutationError } from '../../components/MutationError';
import { TextField } from '../../components/TextField';
import { LANGUAGES } from '../../i18n';
import { useFormat } from '../../i18n/format';
import { useWithdrawConsentWithCodeMutation } from '../../mutations/useWithdrawConsentWithCodeMutation';

/**
 * `/withdraw`: a storyteller (or their guardian) withdraws their consent with the private code they
 * were given, without an account. Plain, calm words in their language (a picker on the page itself);
 * the answer says only that it is done, nothing about the story.
 */
export function WithdrawRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const [code, setCode] = useState('');
  const [reason, setReason] = useState('');
  const [withdraw, { data, loading, error, reset }] = useWithdrawConsentWithCodeMutation();
  const problems = fieldProblemsOf(error);
  const notRecognised = error && errorCodeOf(error) === 'NOT_FOUND';

  return (
    <div className="page withdraw-page">
      <title>{`${t('withdraw.title')} · ${t('app.name')}`}</title>
      <PagePicker />
      {data ? (
        <div className="panel stack" role="status">
          <h1>{t('withdraw.doneTitle')}</h1>
          <p>{t('withdraw.done', { date: format.date(data.withdrawConsentWithCode.withdrawnAt) })}</p>
          <p>{t('withdraw.doneMore')}</p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setCode('');
              setReason('');
              reset();
            }}
          >
            {t('withdraw.another')}
          </button>
        </div>
      ) : (
        <>
          <header className="page-header">
            <h1>{t('withdraw.title')}</h1>
            <p className="lead">{t('withdraw.intro')}</p>
          </header>
          <form
            className="panel stack withdraw-form"
            aria-label={t('withdraw.title')}
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              withdraw({ variables: { input: { code: code.trim(), reason: reason.trim() || null } } }).catch(() => {
                // shown below from the hook's `error`
              });
            }}
          >
            <TextField
              label={t('withdraw.code')}
              hint={t('withdraw.codeHint')}
              value={code}
              onChange={setCode}
              problem={problems.code ?? (notRecognised ? t('withdraw.notRecognised') : undefined)}
              required
            />
            <TextField
              label={t('withdraw.reason')}
              hint={t('withdraw.reasonHint')}
              value={reason}
              onChange={setReason}
              problem={problems.reason}
              multiline
            />
            <p>{t('withdraw.whatHappens')}</p>
            {error && !notRecognised && <MutationError error={error} />}
            <button type="submit" className="button" disabled={loading || !code.trim()}>
              {loading ? t('forms.saving') : t('withdraw.submit')}
            </button>
          </form>
        </>
      )}
    </div>
  );
}

/** Each language under its own name, on the page itself, so a visitor finds theirs at once. */
function PagePicker() {
  const { t, i18n } = useTranslation();
  const labelId = useId();
  return (
    <nav className="page-language-picker" aria-labelledby={labelId}>
      <span id={labelId} className="muted">
        {t('withdraw.languages')}
      </span>
      <ul>
        {LANGUAGES.map((language) => (
          <li key={language}>
            <button
              type="button"
              className="link-button"
              lang={language}
              aria-pressed={i18n.resolvedLanguage === language}
              onClick={() => void i18n.changeLanguage(language)}
            >
              {i18n.getFixedT(language)('languageName')}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
