/**
 * Cheap guards on nominations, the public's above all, counted in the database so that every replica
 * agrees (as the network's proposal intake does). Limiting per client address belongs in the gateway,
 * which sees the address; these hold whatever reaches the subgraph.
 */
export const NOMINATION_LIMITS = {
  /** Nominations one member's account or one token may submit in an hour (staff, who run the award, are not counted). */
  perViewerPerHour: 60,
  /** Nominations the public (not signed in) may submit for one country's awards in an hour. */
  publicPerCountryPerHour: 30,
} as const;

/** How long a refused caller should wait before trying again, in seconds. */
export const NOMINATION_RETRY_AFTER_SECONDS = 3600;
