import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NominationSummary_NominationFragment } from '../__generated__/graphql';
import { useFormat } from '../i18n/format';
import { EvidenceLinks } from './EvidenceLinks';

interface NominationSummaryProps {
  nomination: FragmentType<NominationSummary_NominationFragment>;
}

/**
 * What the nominator said: the initiative, the edition, the statement and the evidence; who and when,
 * and a public nominator's email address for those the server shows it to (admins, the coordinator).
 */
export function NominationSummary({ nomination }: NominationSummaryProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, complete } = useFragment({ fragment: NOMINATION_SUMMARY_FRAGMENT, from: nomination });
  if (!complete) return null;
  return (
    <>
      <p>
        <span className={`badge badge--${data.status.toLowerCase()}`} data-testid="nomination-status">
          {t(`enums.NominationStatus.${data.status}`)}
        </span>{' '}
        <Link to={`/initiatives/${data.initiative.id}`}>{t('awards.nomination.initiativeLink')}</Link>
        {' · '}
        <Link to={`/awards/editions/${data.edition.id}`}>{data.edition.title}</Link>
      </p>
      <p className="muted">
        {data.nominatedBy
          ? t('awards.nomination.nominatedBy', { name: data.nominatedBy, date: format.date(data.submittedAt) })
          : t('awards.nomination.submittedAt', { date: format.date(data.submittedAt) })}
      </p>
      {data.nominatorEmail && (
        <p className="muted" data-testid="nominator-email">
          {t('awards.nominate.nominatorEmailShown', { email: data.nominatorEmail })}
        </p>
      )}
      {data.status === 'WITHDRAWN' && data.withdrawnAt && (
        <div className="panel" role="note">
          <p>
            <strong>{t('awards.nomination.withdrawnAt', { date: format.date(data.withdrawnAt) })}</strong>
          </p>
          {data.withdrawalReason && <p>{data.withdrawalReason}</p>}
        </div>
      )}
      <section className="panel" aria-label={t('awards.nomination.statement')}>
        <h2>{t('awards.nomination.statement')}</h2>
        <p className="nomination-statement">{data.statement}</p>
        <h3>{t('awards.nomination.evidence')}</h3>
        <EvidenceLinks evidence={data.evidence} />
      </section>
    </>
  );
}

const NOMINATION_SUMMARY_FRAGMENT: TypedDocumentNode<NominationSummary_NominationFragment> = gql`
  fragment NominationSummary_nomination on Nomination {
    id
    status
    statement
    evidence
    nominatedBy
    nominatorEmail
    submittedAt
    withdrawnAt
    withdrawalReason
    initiative {
      id
    }
    edition {
      id
      title
    }
  }
`;

NominationSummary.fragments = { nomination: NOMINATION_SUMMARY_FRAGMENT };
