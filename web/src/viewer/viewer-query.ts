import { gql, type TypedDocumentNode } from '@apollo/client';
import type { ViewerQuery, ViewerQueryVariables } from '../__generated__/graphql';

/**
 * Who is signed in, asked once for the whole app (the ViewerProvider) and asked again only when
 * the identity changes (sign-in, sign-out, an ended session), which resets the whole store.
 */
export const VIEWER_QUERY: TypedDocumentNode<ViewerQuery, ViewerQueryVariables> = gql`
  query ViewerQuery {
    me {
      id
      email
      displayName
      role
      countryCode
      organization {
        id
        name
      }
    }
  }
`;

/** The signed-in person as the app knows them. */
export type SignedInViewer = NonNullable<ViewerQuery['me']>;
