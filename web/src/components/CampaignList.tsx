import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignList_CampaignsFragment } from '../__generated__/graphql';
import { useFormat } from '../i18n/format';
import { mayManageCampaign } from '../stories/story-staff';
import { useViewer } from '../viewer/viewer-context';
import { CampaignEditForm } from './CampaignEditForm';

interface CampaignListProps {
  campaigns: FragmentType<CampaignList_CampaignsFragment>[];
  /** Asks for the campaigns again (after a CONFLICT while one was being changed). */
  onReload: () => void;
}

/**
 * Campaigns with their dates, country and the reach of the publications they group; those the
 * person may manage can be changed in place.
 */
export function CampaignList({ campaigns, onReload }: CampaignListProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { viewer } = useViewer();
  const [editing, setEditing] = useState<string | null>(null);
  const { data, complete } = useFragment({
    fragment: CAMPAIGN_LIST_FRAGMENT,
    fragmentName: 'CampaignList_campaigns',
    from: campaigns,
  });
  // The list shows once every campaign is in the cache (the edit form needs them whole).
  const rows = complete ? data : [];
  return (
    <ul className="stack campaign-list">
      {rows.map((campaign) => (
        <li key={campaign.id}>
          {editing === campaign.id ? (
            <CampaignEditForm campaign={campaign} onDone={() => setEditing(null)} onReload={onReload} />
          ) : (
            <h3>{campaign.name}</h3>
          )}
          <p className="muted">
            {campaign.countryCode
              ? format.country({ code: campaign.countryCode, name: campaign.countryCode })
              : t('publications.european')}
            {' · '}
            {campaign.endsOn
              ? t('publications.campaignDates', {
                  from: format.date(campaign.startsOn!),
                  to: format.date(campaign.endsOn),
                })
              : t('publications.campaignFrom', { from: format.date(campaign.startsOn!) })}
          </p>
          {campaign.description && <p>{campaign.description}</p>}
          {campaign.reach && (
            <p>
              {t('publications.campaignReach', {
                publications: format.number(campaign.reach.publications ?? 0),
                views: format.number(campaign.reach.views ?? 0),
                shares: format.number(campaign.reach.shares ?? 0),
              })}
            </p>
          )}
          {editing !== campaign.id && mayManageCampaign(viewer, campaign.countryCode ?? null) && (
            <button
              type="button"
              className="button button--secondary"
              aria-label={t('campaign.editNamed', { name: campaign.name })}
              onClick={() => setEditing(campaign.id)}
            >
              {t('campaign.edit')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

const CAMPAIGN_LIST_FRAGMENT: TypedDocumentNode<CampaignList_CampaignsFragment> = gql`
  fragment CampaignList_campaigns on Campaign {
    id
    ...CampaignEditForm_campaign
    name
    description
    countryCode
    startsOn
    endsOn
    reach {
      publications
      views
      shares
    }
  }
  ${CampaignEditForm.fragments.campaign}
`;

CampaignList.fragments = { campaigns: CAMPAIGN_LIST_FRAGMENT };
