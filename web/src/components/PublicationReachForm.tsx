import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicationReachForm_PublicationFragment } from '../__generated__/graphql';
import { fieldProblemsOf } from '../apollo/problems';
import { useUpdatePublicationReachMutation } from '../mutations/useUpdatePublicationReachMutation';
import { TextField } from './TextField';
import { VersionedEditForm } from './VersionedEditForm';

interface PublicationReachFormProps {
  publication: FragmentType<PublicationReachForm_PublicationFragment>;
  /** Asks for the publication again (after a CONFLICT: someone else entered figures first). */
  onReload: () => void;
}

/** New views and shares for one publication, in its row, saved against the version that was read. */
export function PublicationReachForm({ publication, onReload }: PublicationReachFormProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const { data, complete } = useFragment({ fragment: PUBLICATION_REACH_FORM_FRAGMENT, from: publication });
  if (!complete) return null;
  if (!open) {
    return (
      <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
        {t('reach.edit')}
      </button>
    );
  }
  // A new version (after a reload) starts the form again from the saved figures.
  return <ReachForm key={data.version} data={data} onDone={() => setOpen(false)} onReload={onReload} />;
}

interface ReachFormProps {
  data: PublicationReachForm_PublicationFragment;
  onDone: () => void;
  onReload: () => void;
}

function ReachForm({ data, onDone, onReload }: ReachFormProps) {
  const { t } = useTranslation();
  const [views, setViews] = useState(String(data.views));
  const [shares, setShares] = useState(String(data.shares));
  const [update, updating] = useUpdatePublicationReachMutation();
  const [local, setLocal] = useState<Record<string, string>>({});
  const problems = { ...fieldProblemsOf(updating.error), ...local };
  // A count the API cannot even carry (empty, a fraction) is named here; the server checks the range.
  const count = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : null);

  return (
    <VersionedEditForm
      className="stack inline-form reach-form"
      label={t('reach.title')}
      onSubmit={() => {
        const figures = { views: count(views), shares: count(shares) };
        const wrong = Object.fromEntries(
          Object.entries(figures).flatMap(([name, value]) => (value === null ? [[name, t('reach.wholeNumber')]] : [])),
        );
        setLocal(wrong);
        if (figures.views === null || figures.shares === null) return;
        return update({
          variables: {
            input: {
              publicationId: data.id,
              expectedVersion: data.version,
              views: figures.views,
              shares: figures.shares,
            },
          },
        });
      }}
      onDone={onDone}
      mutation={updating}
      onReload={onReload}
      submitLabel={t('reach.save')}
      onCancel={onDone}
    >
      <TextField
        label={t('publications.views')}
        type="number"
        value={views}
        onChange={setViews}
        problem={problems.views}
        required
      />
      <TextField
        label={t('publications.shares')}
        type="number"
        value={shares}
        onChange={setShares}
        problem={problems.shares}
        required
      />
    </VersionedEditForm>
  );
}

const PUBLICATION_REACH_FORM_FRAGMENT: TypedDocumentNode<PublicationReachForm_PublicationFragment> = gql`
  fragment PublicationReachForm_publication on Publication {
    id
    version
    views
    shares
  }
`;

PublicationReachForm.fragments = { publication: PUBLICATION_REACH_FORM_FRAGMENT };
