import { forbidden, hasScope, Role, Scope, unauthenticated, type Viewer } from '@best/kit';

/**
 * The refusal for a write outside the rules (docs/access-rules.md, "Refusals"): the public is asked
 * to sign in, a signed-in caller is told it may not. `action` reads after "to": "edit this initiative".
 */
export function refuse(viewer: Viewer, action: string, why = ''): Error {
  return viewer.kind === 'ANONYMOUS'
    ? unauthenticated(`Sign in to ${action}.`)
    : forbidden(`You are not allowed to ${action}${why ? `: ${why}` : ''}.`);
}

/**
 * A person who is a member of the organisation, or a partner token of it carrying `scope`
 * (a token acts as a member of its organisation within its scopes).
 */
export function actsForOrganization(viewer: Viewer, organizationId: string | null, scope: Scope): boolean {
  if (!organizationId || viewer.organizationId !== organizationId) return false;
  if (viewer.role !== Role.ORGANIZATION_MEMBER) return false;
  return viewer.kind === 'USER' || (viewer.kind === 'TOKEN' && hasScope(viewer, scope));
}

export const READ = Scope.READ;
export const WRITE = Scope.WRITE;
