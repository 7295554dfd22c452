import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Sign-in throttling, one row per (account, address) and one per address alone (`email` = ''):
 * every attempt is counted before its password is checked, atomically (INSERT … ON CONFLICT … WHERE
 * blocked_until <= now() RETURNING); past the free attempts each one makes the next wait longer.
 * Keyed by the pair, a stranger's guesses never lock the account's owner out of it.
 */
@Entity('login_throttle')
@Index(['lastAttemptAt'])
export class LoginThrottle {
  /** Normalised e-mail as typed (may match no account); '' for the address's own row. */
  @PrimaryColumn({ type: 'varchar', length: 254 })
  email!: string;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  ip!: string;

  /** Attempts not yet followed by a success, within LOGIN_WINDOW_MINUTES of each other. */
  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  blockedUntil!: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastAttemptAt!: Date;
}
