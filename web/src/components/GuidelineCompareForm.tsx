import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { GuidelineCompareForm_GuidelineFragment } from '../__generated__/graphql';
import { SelectField } from './SelectField';

interface GuidelineCompareFormProps {
  guidelines: FragmentType<GuidelineCompareForm_GuidelineFragment>[];
}

/** Chooses two versions to compare; the difference opens on its own page (its address can be shared). */
export function GuidelineCompareForm({ guidelines }: GuidelineCompareFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data } = useFragment({ fragment: GUIDELINE_COMPARE_FORM_FRAGMENT, from: guidelines });
  const versions = data.flatMap((g) =>
    g?.id && g.title && g.version ? [{ id: g.id, title: g.title, version: g.version }] : [],
  );
  const options = versions.map((g) => ({
    value: g.id,
    label: t('awards.guidelines.versionOf', { title: g.title, version: g.version }),
  }));
  const [from, setFrom] = useState(versions[1]?.id ?? '');
  const [to, setTo] = useState(versions[0]?.id ?? '');
  return (
    <form
      className="panel stack"
      aria-label={t('awards.difference.compareTitle')}
      onSubmit={(event) => {
        event.preventDefault();
        void navigate(`/awards/guidelines/compare?${new URLSearchParams({ from, to })}`);
      }}
    >
      <h2>{t('awards.difference.compareTitle')}</h2>
      <SelectField label={t('awards.difference.from')} value={from} options={options} onChange={setFrom} />
      <SelectField label={t('awards.difference.to')} value={to} options={options} onChange={setTo} />
      <button type="submit" className="button" disabled={!from || !to || from === to}>
        {t('awards.difference.compare')}
      </button>
    </form>
  );
}

const GUIDELINE_COMPARE_FORM_FRAGMENT: TypedDocumentNode<GuidelineCompareForm_GuidelineFragment> = gql`
  fragment GuidelineCompareForm_guideline on Guideline {
    id
    title
    version
  }
`;

GuidelineCompareForm.fragments = { guideline: GUIDELINE_COMPARE_FORM_FRAGMENT };
