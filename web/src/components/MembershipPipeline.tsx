import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MembershipPipeline_OrganizationFragment } from '../__generated__/graphql';
import { fieldProblemsOf } from '../apollo/problems';
import { useFormat } from '../i18n/format';
import { useMoveMembershipMutation } from '../mutations/useMoveMembershipMutation';
import { FieldError } from './FieldError';
import { VersionedEditForm } from './VersionedEditForm';

interface MembershipPipelineProps {
  organization: FragmentType<MembershipPipeline_OrganizationFragment>;
  /** Asks the page's query again (after a CONFLICT: someone else moved it first). */
  onReload: () => void;
}

/** Where the organisation stands in joining the network, how it got there, and (for staff) the next move. */
export function MembershipPipeline({ organization, onReload }: MembershipPipelineProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const { data, complete } = useFragment({ fragment: MEMBERSHIP_PIPELINE_FRAGMENT, from: organization });
  if (!complete) return null;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('organization.pipeline')}</h2>
      <p>
        {t('organization.currentStage')}{' '}
        <strong className="badge" data-testid="current-stage">
          {t(`enums.MembershipStage.${data.membershipStage}`)}
        </strong>
      </p>
      {data.membershipHistory && (
        <>
          <h3>{t('organization.history')}</h3>
          {data.membershipHistory.length ? (
            <ol className="membership-history" aria-label={t('organization.history')}>
              {data.membershipHistory.map((change) => (
                <li key={change.id}>
                  <strong>
                    {change.fromStage
                      ? t('organization.move', {
                          from: t(`enums.MembershipStage.${change.fromStage}`),
                          to: t(`enums.MembershipStage.${change.toStage}`),
                        })
                      : t(`enums.MembershipStage.${change.toStage}`)}
                  </strong>
                  <span className="muted">
                    {' '}
                    · {t('organization.changedBy', { name: change.changedBy, date: format.date(change.changedAt) })}
                  </span>
                  <p>{change.reason}</p>
                </li>
              ))}
            </ol>
          ) : (
            <p className="muted">{t('organization.noHistory')}</p>
          )}
        </>
      )}
      {data.viewerCanMoveMembership && data.allowedMembershipMoves.length > 0 && (
        <MoveMembershipForm
          key={data.version}
          organizationId={data.id}
          version={data.version}
          allowed={data.allowedMembershipMoves}
          onReload={onReload}
        />
      )}
    </section>
  );
}

interface MoveMembershipFormProps {
  organizationId: string;
  version: number;
  allowed: MembershipPipeline_OrganizationFragment['allowedMembershipMoves'];
  onReload: () => void;
}

function MoveMembershipForm({ organizationId, version, allowed, onReload }: MoveMembershipFormProps) {
  const { t } = useTranslation();
  const stageId = useId();
  const reasonId = useId();
  const [toStage, setToStage] = useState(allowed[0]);
  const [reason, setReason] = useState('');
  const [move, moving] = useMoveMembershipMutation();
  const problems = fieldProblemsOf(moving.error);
  const reasonError = problems.reason;

  return (
    <VersionedEditForm
      className="stack move-membership-form"
      label={t('organization.moveTitle')}
      browserValidation
      onSubmit={() =>
        move({
          variables: { input: { organizationId, toStage, reason: reason.trim(), expectedVersion: version } },
        })
      }
      mutation={moving}
      onReload={onReload}
      submitLabel={t('organization.moveSubmit')}
    >
      <h3>{t('organization.moveTitle')}</h3>
      <div className="field">
        <label htmlFor={stageId}>{t('organization.moveTo')}</label>
        <select id={stageId} value={toStage} onChange={(event) => setToStage(event.target.value as typeof toStage)}>
          {allowed.map((stage) => (
            <option key={stage} value={stage}>
              {t(`enums.MembershipStage.${stage}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={reasonId}>{t('organization.reason')}</label>
        <textarea
          id={reasonId}
          required
          minLength={3}
          maxLength={500}
          rows={3}
          value={reason}
          aria-invalid={reasonError ? true : undefined}
          aria-describedby={reasonError ? `${reasonId}-error` : undefined}
          onChange={(event) => setReason(event.target.value)}
        />
        <FieldError id={`${reasonId}-error`} message={reasonError} />
      </div>
    </VersionedEditForm>
  );
}

const MEMBERSHIP_PIPELINE_FRAGMENT: TypedDocumentNode<MembershipPipeline_OrganizationFragment> = gql`
  fragment MembershipPipeline_organization on Organization {
    id
    version
    membershipStage
    allowedMembershipMoves
    viewerCanMoveMembership
    membershipHistory {
      id
      fromStage
      toStage
      reason
      changedAt
      changedBy
    }
  }
`;

MembershipPipeline.fragments = { organization: MEMBERSHIP_PIPELINE_FRAGMENT };
