/**
 * The actions the platform audits. Open for extension (a subgraph may record its own verb), but
 * these names are shared so that one admin query can ask for the same thing in every subgraph.
 */
export const AuditAction = {
  ACCOUNT_CREATED: 'ACCOUNT_CREATED',
  ACCOUNT_ROLE_CHANGED: 'ACCOUNT_ROLE_CHANGED',
  ACCOUNT_DISABLED: 'ACCOUNT_DISABLED',
  API_TOKEN_CREATED: 'API_TOKEN_CREATED',
  API_TOKEN_REVOKED: 'API_TOKEN_REVOKED',
  SIGNED_IN: 'SIGNED_IN',
  SIGNED_OUT: 'SIGNED_OUT',
  SIGN_IN_FAILED: 'SIGN_IN_FAILED',
  /** An organisation's or a policymaker's private contact details were read. */
  CONTACT_DETAILS_READ: 'CONTACT_DETAILS_READ',
  /** A storyteller's identity or consent evidence was read. */
  STORYTELLER_READ: 'STORYTELLER_READ',
  /** Personal data left the platform in an export. */
  PERSONAL_DATA_EXPORTED: 'PERSONAL_DATA_EXPORTED',
} as const;
export type AuditAction = (typeof AuditAction)[keyof typeof AuditAction];

/** What an action name must look like, known or not. */
export const AUDIT_ACTION_PATTERN = /^[A-Z][A-Z0-9_]{0,63}$/;
