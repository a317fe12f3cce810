import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { GuidelineCriteria_GuidelineFragment } from '../__generated__/graphql';
import { useFormat } from '../i18n/format';

interface GuidelineCriteriaProps {
  guideline: FragmentType<GuidelineCriteria_GuidelineFragment>;
}

/** A guideline version: its eligibility rules, then each criterion with its weight and what each score means. */
export function GuidelineCriteria({ guideline }: GuidelineCriteriaProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const rulesId = useId();
  const criteriaId = useId();
  const { data, complete } = useFragment({ fragment: GUIDELINE_CRITERIA_FRAGMENT, from: guideline });
  if (!complete) return null;
  const totalWeight = data.criteria.reduce((sum, criterion) => sum + criterion.weight, 0);
  return (
    <>
      <section className="panel" aria-labelledby={rulesId}>
        <h2 id={rulesId}>{t('awards.guideline.eligibilityRules')}</h2>
        {data.eligibilityRules.length ? (
          <ol className="stack">
            {data.eligibilityRules.map((rule) => (
              <li key={rule.key}>
                {rule.text} <code>{rule.key}</code>
                {rule.checkedAtIntake && <span className="badge"> {t('awards.guideline.checkedAtIntake')}</span>}
              </li>
            ))}
          </ol>
        ) : (
          <p className="muted">{t('awards.guideline.noRules')}</p>
        )}
      </section>
      <section className="panel" aria-labelledby={criteriaId}>
        <h2 id={criteriaId}>
          {t('awards.guideline.criteria')} <span className="count">{data.criteria.length}</span>
        </h2>
        <ol className="stack guideline-criteria">
          {data.criteria.map((criterion) => (
            <li key={criterion.id}>
              <h3>{criterion.name}</h3>
              <p className="muted">
                {t('awards.guideline.weight', {
                  weight: format.number(criterion.weight),
                  share: format.number(Math.round((100 * criterion.weight) / (totalWeight || 1))),
                })}{' '}
                · <code>{criterion.key}</code>
              </p>
              {criterion.description && <p>{criterion.description}</p>}
              <table className="scale-table">
                <caption>{t('awards.guideline.scaleOf', { name: criterion.name })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('awards.guideline.score')}</th>
                    <th scope="col">{t('awards.guideline.descriptor')}</th>
                  </tr>
                </thead>
                <tbody>
                  {criterion.scale.map((level) => (
                    <tr key={level.score}>
                      <th scope="row">{level.score}</th>
                      <td>{level.descriptor}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

const GUIDELINE_CRITERIA_FRAGMENT: TypedDocumentNode<GuidelineCriteria_GuidelineFragment> = gql`
  fragment GuidelineCriteria_guideline on Guideline {
    id
    eligibilityRules {
      key
      text
      checkedAtIntake
    }
    criteria {
      id
      key
      name
      description
      weight
      scale {
        score
        descriptor
      }
    }
  }
`;

GuidelineCriteria.fragments = { guideline: GUIDELINE_CRITERIA_FRAGMENT };
