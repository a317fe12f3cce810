import { join } from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';

// Paths are absolute because the CLI resolves relative ones against the working directory, and it
// runs both from the repository root (`npm run codegen`) and from web/ (web's build script).
const fromRoot = (path: string) => join(__dirname, path);

/**
 * Types for the web client's documents, read from the composed client-facing schema. Plain
 * `typescript-operations` instead of the client preset: the preset adds runtime code and its own
 * fragment masking, which clashes with Apollo Client's data masking (apollographql/apollo-client#12251).
 * Documents are typed where they are written: `const X: TypedDocumentNode<XQuery, XQueryVariables> = gql`.
 */
const config: CodegenConfig = {
  overwrite: true,
  schema: fromRoot('gateway/schema.graphql'),
  documents: [fromRoot('web/src/**/*.{ts,tsx}'), `!${fromRoot('web/src/__generated__/**')}`],
  generates: {
    [fromRoot('web/src/__generated__/graphql.ts')]: {
      // typescript-operations 6 writes the enum and input types its operations use by itself; adding
      // the `typescript` plugin (needed up to v5) would declare every enum a second time.
      plugins: ['typescript-operations'],
      config: {
        enumType: 'string-literal',
        // `query InitiativeRouteQuery` gives `InitiativeRouteQuery`, not `InitiativeRouteQueryQuery`.
        dedupeOperationSuffix: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false },
        defaultScalarType: 'unknown',
        scalars: { DateTimeISO: 'string' },
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
        // Apollo Client data masking: a fragment's fields are hidden from the parent's type unless
        // the spread says @unmask.
        inlineFragmentTypes: 'mask',
        customDirectives: { apolloUnmask: true },
      },
    },
  },
};

export default config;
