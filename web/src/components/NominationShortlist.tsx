import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { NominationShortlist_NominationFragment } from '../__generated__/graphql';
import { useShortlistNominationMutation } from '../mutations/useShortlistNominationMutation';
import { runsEdition, screeningOpen } from '../routes/awards/award-rules';
import { useViewer } from '../viewer/viewer-context';
import { VersionedEditForm } from './VersionedEditForm';

interface NominationShortlistProps {
  nomination: FragmentType<NominationShortlist_NominationFragment>;
  onReload: () => void;
}

/** Puts an eligible nomination on the shortlist or takes it off: the edition's organisers, while it is open or judging. */
export function NominationShortlist({ nomination, onReload }: NominationShortlistProps) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const { data, complete } = useFragment({ fragment: NOMINATION_SHORTLIST_FRAGMENT, from: nomination });
  const [shortlist, shortlisting] = useShortlistNominationMutation();
  if (!complete) return null;
  const offered =
    runsEdition(viewer, data.edition.country.code) &&
    screeningOpen(data.edition.phase) &&
    (data.status === 'ELIGIBLE' || data.status === 'SHORTLISTED');
  if (!offered) return null;
  const onShortlist = data.status === 'SHORTLISTED';
  return (
    <VersionedEditForm
      key={data.version}
      className="panel stack"
      label={t('awards.shortlist.title')}
      mutation={shortlisting}
      refusal
      onReload={onReload}
      submitLabel={onShortlist ? t('awards.shortlist.remove') : t('awards.shortlist.add')}
      onSubmit={() =>
        shortlist({ variables: { input: { id: data.id, expectedVersion: data.version, shortlisted: !onShortlist } } })
      }
    >
      <h2>{t('awards.shortlist.title')}</h2>
      <p className="muted">{onShortlist ? t('awards.shortlist.onIt') : t('awards.shortlist.offIt')}</p>
    </VersionedEditForm>
  );
}

const NOMINATION_SHORTLIST_FRAGMENT: TypedDocumentNode<NominationShortlist_NominationFragment> = gql`
  fragment NominationShortlist_nomination on Nomination {
    id
    version
    status
    edition {
      id
      phase
      country {
        code
      }
    }
  }
`;

NominationShortlist.fragments = { nomination: NOMINATION_SHORTLIST_FRAGMENT };
