import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ManualCard_ManualFragment } from '../__generated__/graphql';
import { useFormat } from '../i18n/format';

interface ManualCardProps {
  manual: FragmentType<ManualCard_ManualFragment>;
}

/** One manual in the list: its title, whether it is published (and when), its language. */
export function ManualCard({ manual }: ManualCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, complete } = useFragment({ fragment: MANUAL_CARD_FRAGMENT, from: manual });
  if (!complete) return null;
  return (
    <article className="initiative-card manual-card">
      <h2 className="initiative-card__title">
        <Link to={`/awards/manuals/${data.id}`}>{data.title}</Link>
      </h2>
      <p>
        <span className={`badge badge--${data.status.toLowerCase()}`}>{t(`enums.ManualStatus.${data.status}`)}</span>{' '}
        {format.language(data.language)}
      </p>
      <p className="muted">
        {data.publishedAt
          ? t('awards.manuals.publishedAt', { date: format.date(data.publishedAt) })
          : t('awards.manuals.updatedAt', { date: format.date(data.updatedAt) })}
      </p>
    </article>
  );
}

const MANUAL_CARD_FRAGMENT: TypedDocumentNode<ManualCard_ManualFragment> = gql`
  fragment ManualCard_manual on Manual {
    id
    title
    status
    language
    publishedAt
    updatedAt
  }
`;

ManualCard.fragments = { manual: MANUAL_CARD_FRAGMENT };
