/**
 * Cheap guards on the public intake, counted in the database so that every replica of the service
 * agrees. Limiting per client address belongs in the gateway, which sees the address (the
 * subgraph does not); these limits hold whatever reaches the service.
 */
export const PROPOSAL_LIMITS = {
  /** Proposals one signed-in account or token may send in an hour. */
  perViewerPerHour: 10,
  /** Proposals the public (not signed in) may send for one country in an hour: a flood guard for the queue. */
  anonymousPerCountryPerHour: 60,
  /** Proposals of the same title in the same country within `sameTitleDays` (declined ones may be sent again, a few times). */
  sameTitle: 3,
  sameTitleDays: 30,
} as const;

const HOUR = 3600;

export const retryAfterSeconds = {
  perViewer: HOUR,
  perCountry: HOUR,
  sameTitle: PROPOSAL_LIMITS.sameTitleDays * 24 * HOUR,
};
