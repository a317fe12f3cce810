import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GuidelinesRouteQuery, GuidelinesRouteQueryVariables } from '../../__generated__/graphql';
import { GuidelineCompareForm } from '../../components/GuidelineCompareForm';
import { PageTitle } from '../../components/PageTitle';
import { QueryStates } from '../../components/QueryPage';
import { useFormat } from '../../i18n/format';
import { useViewer } from '../../viewer/viewer-context';
import { groupByKey } from './guideline-versions';

const GUIDELINES_ROUTE_QUERY: TypedDocumentNode<GuidelinesRouteQuery, GuidelinesRouteQueryVariables> = gql`
  query GuidelinesRouteQuery {
    guidelines {
      id
      key
      title
      version
      publishedAt
      ...GuidelineCompareForm_guideline
    }
  }
  ${GuidelineCompareForm.fragments.guideline}
`;

/** `/awards/guidelines`: the European criteria sets, each with its versions (drafts for admins), and a comparison. */
export function GuidelinesRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const { viewer } = useViewer();
  const result = useQuery(GUIDELINES_ROUTE_QUERY, { fetchPolicy: 'cache-and-network' });
  return (
    <div className="page">
      <PageTitle title={t('awards.guidelines.title')} />
      <nav className="breadcrumb" aria-label={t('awards.edition.backToBoard')}>
        <Link to="/awards">← {t('awards.edition.backToBoard')}</Link>
      </nav>
      <header className="page-header">
        <h1>{t('awards.guidelines.title')}</h1>
        <p className="lead">{t('awards.guidelines.intro')}</p>
        {viewer?.role === 'ADMIN' && (
          <p>
            <Link className="button" to="/awards/guidelines/new">
              {t('awards.guidelines.new')}
            </Link>
          </p>
        )}
      </header>
      <QueryStates result={result}>
        {(data) => (
          <>
            {groupByKey(data.guidelines).map((set) => (
              <GuidelineSet key={set.key} title={set.versions[0].title} setKey={set.key}>
                {set.versions.map((version) => (
                  <li key={version.id}>
                    <Link to={`/awards/guidelines/${version.id}`}>
                      {t('awards.guidelines.versionOf', { title: version.title, version: version.version })}
                    </Link>{' '}
                    <span className="muted">
                      ·{' '}
                      {version.publishedAt
                        ? t('awards.guidelines.publishedAt', { date: format.date(version.publishedAt) })
                        : t('awards.guidelines.draft')}
                    </span>
                  </li>
                ))}
              </GuidelineSet>
            ))}
            {data.guidelines.length === 0 && <p className="empty-state">{t('awards.guidelines.empty')}</p>}
            {data.guidelines.length > 1 && <GuidelineCompareForm guidelines={data.guidelines} />}
          </>
        )}
      </QueryStates>
    </div>
  );
}

function GuidelineSet({ title, setKey, children }: { title: string; setKey: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {title} <code className="muted">{setKey}</code>
      </h2>
      <ol className="stack">{children}</ol>
    </section>
  );
}
