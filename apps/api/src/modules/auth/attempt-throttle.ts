import { Inject, Injectable } from '@nestjs/common';
import { TooManyRequestsError } from '../../common/errors/domain-errors';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { AuthRepository } from './auth.repository';

/**
 * Counts an attempt (password or second-factor code) before it is checked, per key, with growing
 * delays past the free ones (AuthRepository.claimAttempt); 429 with the wait when the key must wait.
 */
@Injectable()
export class AttemptThrottle {
  constructor(
    private readonly repo: AuthRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async claim(keys: readonly (readonly [{ email: string; ip: string }, number])[]): Promise<void> {
    const windowMinutes = this.config.loginWindowMinutes;
    for (const [key, free] of keys) {
      if ((await this.repo.claimAttempt(key, { free, maxDelaySeconds: windowMinutes * 60, windowMinutes })) === null) {
        const secs = await this.repo.waitSeconds(key);
        throw new TooManyRequestsError(`Trop de tentatives de connexion. Réessayez dans ${secs < 120 ? `${secs} s` : `${Math.ceil(secs / 60)} min`}.`);
      }
    }
  }

  /** Second-factor codes of one account from one address: as many free attempts as passwords. */
  claimCode(userId: string, ip: string): Promise<void> {
    return this.claim([
      [{ email: codeKey(userId), ip }, this.config.loginMaxFailuresPerAccount],
      [{ email: '', ip }, this.config.loginMaxFailuresPerIp],
    ]);
  }
}

/** The throttle row of an account's codes (never an e-mail address: those hold an '@'). */
export const codeKey = (userId: string) => `totp:${userId}`;
