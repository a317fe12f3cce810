import { gql, type TypedDocumentNode } from '@apollo/client';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { GuidelineDifferenceView_DifferenceFragment } from '../__generated__/graphql';
import { useFormat } from '../i18n/format';

interface GuidelineDifferenceViewProps {
  /**
   * The difference as the page's query read it: it has no id, so the cache cannot hand it to
   * `useFragment`; the query spreads this fragment with `@unmask` instead.
   */
  difference: GuidelineDifferenceView_DifferenceFragment;
}

/** What changed between two versions: title, criteria added, removed and changed (part by part), eligibility rules. */
export function GuidelineDifferenceView({ difference: data }: GuidelineDifferenceViewProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const unchanged =
    !data.title &&
    !data.criteriaAdded.length &&
    !data.criteriaRemoved.length &&
    !data.criteriaChanged.length &&
    !data.eligibilityRulesAdded.length &&
    !data.eligibilityRulesRemoved.length &&
    !data.eligibilityRulesChanged.length;
  if (unchanged) return <p className="empty-state">{t('awards.difference.none')}</p>;
  return (
    <>
      {data.title && (
        <DifferencePart title={t('awards.difference.title')}>
          <Before>{data.title.from}</Before>
          <After>{data.title.to}</After>
        </DifferencePart>
      )}
      <DifferencePart title={t('awards.difference.criteriaAdded')} count={data.criteriaAdded.length}>
        <ul className="stack">
          {data.criteriaAdded.map((criterion) => (
            <li key={criterion.key}>
              <ins>{criterion.name}</ins> <code className="muted">{criterion.key}</code>
            </li>
          ))}
        </ul>
      </DifferencePart>
      <DifferencePart title={t('awards.difference.criteriaRemoved')} count={data.criteriaRemoved.length}>
        <ul className="stack">
          {data.criteriaRemoved.map((criterion) => (
            <li key={criterion.key}>
              <del>{criterion.name}</del> <code className="muted">{criterion.key}</code>
            </li>
          ))}
        </ul>
      </DifferencePart>
      <DifferencePart title={t('awards.difference.criteriaChanged')} count={data.criteriaChanged.length}>
        <ul className="stack">
          {data.criteriaChanged.map((change) => (
            <li key={change.key} className="criterion-change">
              <h3>
                {change.to.name} <code className="muted">{change.key}</code>
              </h3>
              <p className="muted">
                {t('awards.difference.changedParts', {
                  parts: change.changedFields.map((field) => t(`enums.CriterionField.${field}`)).join(', '),
                })}
              </p>
              {change.name && (
                <p>
                  {t('awards.difference.name')}: <Before>{change.name.from}</Before> <After>{change.name.to}</After>
                </p>
              )}
              {change.weight && (
                <p>
                  {t('awards.difference.weight')}: <Before>{format.number(change.weight.from)}</Before>{' '}
                  <After>{format.number(change.weight.to)}</After>
                </p>
              )}
              {change.description && (
                <p>
                  {t('awards.difference.description')}: <Before>{change.description.from}</Before>{' '}
                  <After>{change.description.to}</After>
                </p>
              )}
              {change.scaleLevels.length > 0 && (
                <ul>
                  {change.scaleLevels.map((level) => (
                    <li key={level.score}>
                      {t('awards.difference.level', { score: level.score })}:{' '}
                      {level.from !== null && <Before>{level.from}</Before>}{' '}
                      {level.to !== null && <After>{level.to}</After>}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </DifferencePart>
      <DifferencePart
        title={t('awards.difference.rules')}
        count={
          data.eligibilityRulesAdded.length + data.eligibilityRulesRemoved.length + data.eligibilityRulesChanged.length
        }
      >
        <ul className="stack">
          {data.eligibilityRulesRemoved.map((rule) => (
            <li key={`-${rule.key}`}>
              <code>{rule.key}</code>
              <Before>{rule.text}</Before>
            </li>
          ))}
          {data.eligibilityRulesAdded.map((rule) => (
            <li key={`+${rule.key}`}>
              <code>{rule.key}</code>
              <After>
                {rule.text}
                {rule.checkedAtIntake && ` (${t('awards.guideline.checkedAtIntake')})`}
              </After>
            </li>
          ))}
          {data.eligibilityRulesChanged.map((change) => (
            <li key={`~${change.key}`}>
              <code>{change.key}</code>
              {change.text && (
                <>
                  <Before>{change.text.from}</Before>
                  <After>{change.text.to}</After>
                </>
              )}
              {change.checkedAtIntake && (
                <p>
                  {t(
                    change.checkedAtIntake.to
                      ? 'awards.difference.nowCheckedAtIntake'
                      : 'awards.difference.noLongerCheckedAtIntake',
                  )}
                </p>
              )}
            </li>
          ))}
        </ul>
      </DifferencePart>
    </>
  );
}

/** A part of the difference; a part with nothing in it (`count` 0) is left out. */
function DifferencePart({ title, count, children }: { title: string; count?: number; children: ReactNode }) {
  const headingId = useId();
  if (count === 0) return null;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {title} {count !== undefined && <span className="count">{count}</span>}
      </h2>
      {children}
    </section>
  );
}

/** The older text, struck through and named for screen readers. */
function Before({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <del>
      <span className="visually-hidden">{t('awards.difference.before')} </span>
      {children}
    </del>
  );
}

/** The newer text, underlined and named for screen readers. */
function After({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <ins>
      <span className="visually-hidden">{t('awards.difference.after')} </span>
      {children}
    </ins>
  );
}

const GUIDELINE_DIFFERENCE_FRAGMENT: TypedDocumentNode<GuidelineDifferenceView_DifferenceFragment> = gql`
  fragment GuidelineDifferenceView_difference on GuidelineDifference {
    title {
      from
      to
    }
    criteriaAdded {
      id
      key
      name
    }
    criteriaRemoved {
      id
      key
      name
    }
    criteriaChanged {
      key
      changedFields
      name {
        from
        to
      }
      description {
        from
        to
      }
      weight {
        from
        to
      }
      scaleLevels {
        score
        from
        to
      }
      to {
        id
        name
      }
    }
    eligibilityRulesAdded {
      key
      text
      checkedAtIntake
    }
    eligibilityRulesRemoved {
      key
      text
    }
    eligibilityRulesChanged {
      key
      text {
        from
        to
      }
      checkedAtIntake {
        from
        to
      }
    }
  }
`;

GuidelineDifferenceView.fragments = { difference: GUIDELINE_DIFFERENCE_FRAGMENT };
