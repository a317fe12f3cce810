import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type {
  InitiativeCreateOrganizationsQuery,
  InitiativeCreateOrganizationsQueryVariables,
} from '../../__generated__/graphql';
import { InitiativeCreateForm } from '../../components/InitiativeCreateForm';
import { LoadingState } from '../../components/LoadingState';
import { QueryError } from '../../components/QueryError';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useViewer } from '../../viewer/viewer-context';
import type { SignedInViewer } from '../../viewer/viewer-query';

/** Who may create initiatives: admins, national coordinators (their country) and members (their organisation). */
export function canCreateInitiatives(viewer: SignedInViewer | null | undefined): boolean {
  if (!viewer) return false;
  if (viewer.role === 'ADMIN' || viewer.role === 'NATIONAL_COORDINATOR') return true;
  return viewer.role === 'ORGANIZATION_MEMBER' && Boolean(viewer.organization);
}

const SEARCH_DELAY_MS = 300;

// Coordinators choose among their country's organisations; admins search the whole network.
const INITIATIVE_CREATE_ORGANIZATIONS_QUERY: TypedDocumentNode<
  InitiativeCreateOrganizationsQuery,
  InitiativeCreateOrganizationsQueryVariables
> = gql`
  query InitiativeCreateOrganizationsQuery($countryCode: ID, $search: String) {
    organizations(countryCode: $countryCode, search: $search, first: 100) {
      nodes {
        id
        name
      }
    }
  }
`;

/** `/initiatives/new`: a new initiative for an organisation the signed-in person may act for. */
export function InitiativeCreateRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { viewer } = useViewer();

  const back = (
    <nav className="breadcrumb" aria-label={t('initiative.backToList')}>
      <Link to="/initiatives">← {t('initiative.backToList')}</Link>
    </nav>
  );
  let body;
  if (viewer === undefined) body = <LoadingState />;
  else if (!canCreateInitiatives(viewer))
    body = (
      <div className="empty-state" role="alert">
        <p>{t('create.notAllowed')}</p>
      </div>
    );
  else body = <CreateWithOrganization viewer={viewer!} onCreated={(id) => void navigate(`/initiatives/${id}`)} />;

  return (
    <div className="page">
      <title>{`${t('create.title')} · ${t('app.name')}`}</title>
      {back}
      <header className="page-header">
        <h1>{t('create.title')}</h1>
      </header>
      {body}
    </div>
  );
}

interface CreateWithOrganizationProps {
  viewer: SignedInViewer;
  onCreated: (id: string) => void;
}

function CreateWithOrganization({ viewer, onCreated }: CreateWithOrganizationProps) {
  const { t } = useTranslation();
  const own = viewer.role === 'ORGANIZATION_MEMBER' ? viewer.organization : null;
  const isAdmin = viewer.role === 'ADMIN';
  const [searchInput, setSearchInput] = useState('');
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState('');

  useEffect(() => {
    const timer = setTimeout(() => setSearch(searchInput.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [searchInput]);

  const { data, previousData, error, refetch } = useQuery(INITIATIVE_CREATE_ORGANIZATIONS_QUERY, {
    variables: isAdmin ? { search: search || null } : { countryCode: viewer.countryCode ?? null },
    skip: Boolean(own),
  });
  const organizations = own ? [own] : ((data ?? previousData)?.organizations.nodes ?? []);
  // The choice stays valid only while it is one of those offered.
  const organizationId = organizations.some((organization) => organization.id === chosen)
    ? chosen
    : organizations.length === 1
      ? organizations[0]!.id
      : '';

  return (
    <>
      <div className="panel">
        {isAdmin && <TextField label={t('create.organizationSearch')} value={searchInput} onChange={setSearchInput} />}
        {error ? (
          <QueryError error={error} onRetry={() => void refetch()} />
        ) : !own && !data && !previousData ? (
          <LoadingState />
        ) : organizations.length === 0 ? (
          <p role="status">{t('create.noOrganization')}</p>
        ) : (
          <SelectField
            label={t('create.organization')}
            value={organizationId}
            anyLabel={organizations.length > 1 ? t('create.chooseOrganization') : undefined}
            options={organizations.map((organization) => ({ value: organization.id, label: organization.name }))}
            onChange={setChosen}
          />
        )}
      </div>
      <InitiativeCreateForm organizationId={organizationId} onCreated={onCreated} />
    </>
  );
}
