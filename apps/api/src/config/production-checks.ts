import type { DataSource } from 'typeorm';
import { DEMO_EMAIL_DOMAIN } from '../seed/demo-data';

export class DemoAccountsInProduction extends Error {}

/** A production API never starts while a demo account (known password, published in the README) can sign in. */
export async function refuseDemoAccounts(db: DataSource): Promise<void> {
  const rows: { email: string }[] = await db.query(`SELECT email FROM app_user WHERE active AND email LIKE $1 ORDER BY email LIMIT 3`, [`%@${DEMO_EMAIL_DOMAIN}`]);
  if (rows.length) {
    throw new DemoAccountsInProduction(
      `Refus de démarrer en production : des comptes de démonstration existent (${rows.map((r) => r.email).join(', ')}…). ` +
        'Désactivez-les ou supprimez-les, ou démarrez avec NODE_ENV=development.',
    );
  }
}
