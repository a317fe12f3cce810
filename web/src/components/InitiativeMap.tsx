import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { InitiativeMap_InitiativesFragment } from '../__generated__/graphql';

interface InitiativeMapProps {
  initiatives: FragmentType<InitiativeMap_InitiativesFragment>[];
}

// Europe's bounding box in degrees. The client has no map tiles (the platform runs without the
// internet), so the map is the points alone, placed by an equirectangular projection whose
// horizontal scale is corrected for the box's middle latitude so distances look about right.
const WEST = -25;
const EAST = 45;
const SOUTH = 34;
const NORTH = 72;
const X_SCALE = Math.cos((((NORTH + SOUTH) / 2) * Math.PI) / 180);
const WIDTH = 800;
const HEIGHT = Math.round((WIDTH * (NORTH - SOUTH)) / ((EAST - WEST) * X_SCALE));
const GRID_STEP = 10;

const x = (longitude: number) => ((longitude - WEST) / (EAST - WEST)) * WIDTH;
const y = (latitude: number) => ((NORTH - latitude) / (NORTH - SOUTH)) * HEIGHT;
const inside = (latitude: number, longitude: number) =>
  latitude >= SOUTH && latitude <= NORTH && longitude >= WEST && longitude <= EAST;

/** The initiatives of the list as points on a plain map of Europe; a click on a point opens its page. */
export function InitiativeMap({ initiatives }: InitiativeMapProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data } = useFragment({ fragment: INITIATIVE_MAP_FRAGMENT, from: initiatives });
  const points = data.flatMap((initiative) =>
    initiative?.id &&
    initiative.title &&
    typeof initiative.latitude === 'number' &&
    typeof initiative.longitude === 'number' &&
    inside(initiative.latitude, initiative.longitude)
      ? [{ id: initiative.id, title: initiative.title, latitude: initiative.latitude, longitude: initiative.longitude }]
      : [],
  );
  const unplaced = data.length - points.length;
  const meridians = Array.from({ length: (EAST - WEST) / GRID_STEP + 1 }, (_, i) => WEST + i * GRID_STEP);
  const parallels = Array.from(
    { length: Math.floor((NORTH - SOUTH) / GRID_STEP) + 1 },
    (_, i) => SOUTH + i * GRID_STEP,
  );

  return (
    <figure className="initiative-map">
      {/* A picture of the list below, which is the way to the pages by keyboard and screen reader
          (the points are not links, so each initiative has one link, not two). */}
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true">
        <rect width={WIDTH} height={HEIGHT} className="initiative-map__sea" />
        {meridians.map((longitude) => (
          <line
            key={`m${longitude}`}
            x1={x(longitude)}
            x2={x(longitude)}
            y1={0}
            y2={HEIGHT}
            className="initiative-map__grid"
          />
        ))}
        {parallels.map((latitude) => (
          <line
            key={`p${latitude}`}
            x1={0}
            x2={WIDTH}
            y1={y(latitude)}
            y2={y(latitude)}
            className="initiative-map__grid"
          />
        ))}
        {points.map((point) => (
          <circle
            key={point.id}
            cx={x(point.longitude)}
            cy={y(point.latitude)}
            r={9}
            className="initiative-map__point"
            onClick={() => void navigate(`/initiatives/${point.id}`)}
          >
            <title>{point.title}</title>
          </circle>
        ))}
      </svg>
      <figcaption className="muted">
        {t('map.caption', { count: points.length })}
        {unplaced > 0 && ` ${t('map.unplaced', { count: unplaced })}`}
      </figcaption>
    </figure>
  );
}

const INITIATIVE_MAP_FRAGMENT: TypedDocumentNode<InitiativeMap_InitiativesFragment> = gql`
  fragment InitiativeMap_initiatives on Initiative {
    id
    title
    latitude
    longitude
  }
`;

InitiativeMap.fragments = { initiatives: INITIATIVE_MAP_FRAGMENT };
