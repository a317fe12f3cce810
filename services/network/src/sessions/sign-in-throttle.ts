import type { DataSource } from 'typeorm';
import { sha256 } from './secret-token';

/**
 * Failed sign-ins are counted per (email, address) in a table, not in memory, so the limit holds
 * across replicas and restarts. After `failures` failures within `windowMinutes`, every attempt
 * for that pair is refused (even with the right password) until the window has passed.
 */
export const SIGN_IN_LIMIT = { failures: 5, windowMinutes: 15 } as const;

export class SignInThrottle {
  private readonly key: string;

  constructor(
    private readonly dataSource: DataSource,
    email: string,
    address: string,
  ) {
    // Hashed: the table holds no email or address in the clear.
    this.key = sha256(`${email.trim().toLowerCase()}\n${address}`);
  }

  async isBlocked(): Promise<boolean> {
    const rows: { failures: number }[] = await this.dataSource.query(
      `SELECT failures FROM sign_in_failure
        WHERE key = $1 AND window_started_at > now() - make_interval(mins => $2)`,
      [this.key, SIGN_IN_LIMIT.windowMinutes],
    );
    return (rows[0]?.failures ?? 0) >= SIGN_IN_LIMIT.failures;
  }

  async recordFailure(): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO sign_in_failure AS f (key, failures, window_started_at) VALUES ($1, 1, now())
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN f.window_started_at <= now() - make_interval(mins => $2) THEN 1 ELSE f.failures + 1 END,
         window_started_at = CASE WHEN f.window_started_at <= now() - make_interval(mins => $2)
                                  THEN now() ELSE f.window_started_at END`,
      [this.key, SIGN_IN_LIMIT.windowMinutes],
    );
    // Old windows count for nothing: keep the table small.
    await this.dataSource.query(`DELETE FROM sign_in_failure WHERE window_started_at < now() - interval '1 day'`);
  }

  async clear(): Promise<void> {
    await this.dataSource.query('DELETE FROM sign_in_failure WHERE key = $1', [this.key]);
  }
}
