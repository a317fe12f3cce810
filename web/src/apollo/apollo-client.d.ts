import type { GraphQLCodegenDataMasking } from '@apollo/client/masking';

// Tells Apollo Client's types that the generated operation types are masked (codegen's
// `inlineFragmentTypes: 'mask'`), so `useFragment` and `FragmentType` line up with them.
declare module '@apollo/client' {
  export interface TypeOverrides extends GraphQLCodegenDataMasking.TypeOverrides {}
}
