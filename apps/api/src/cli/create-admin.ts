// Creates the first administrator of an installation (production has no demo account). Usage:
//   npm run create-admin -- --email a@b.fr --territory 23 --territory-name Creuse --organisation "Conseil départemental de la Creuse"
//   node dist/apps/api/apps/api/src/cli/create-admin.js --email … --territory … --organisation …   (built, as in Docker)
// Options: --name (displayed name; default: the address before @), --territory-name (needed only to
// create the territory), --organisation-kind (default conseil_departemental; only to create it).
// The account has no password: its owner receives the single-use link to choose one (SMTP_URL is
// required), then enrols the second factor (TOTP) at first sign-in. Run again before the link is
// used, it sends a new link. Exit codes: 0 done, 1 refused or failed, 2 bad usage.
import '../../../../libs/runtime/src/register-aliases';
import 'reflect-metadata';
import { Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ORGANISATION_KINDS, type OrganisationKind } from '@recours/domain';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SessionService } from '../common/auth/session.service';
import { APP_CONFIG, ConfigError, loadConfig, type AppConfig } from '../config/config';
import { dataSourceOptions } from '../config/data-source-options';
import { AuditRepository } from '../modules/audit/audit.repository';
import { AuditService } from '../modules/audit/audit.service';
import { AccountMailer } from '../modules/users/account-mailer';
import { AccountNotices } from '../modules/users/account-notices';
import { FirstAdminRepository } from '../modules/users/first-admin.repository';
import { FirstAdminError, FirstAdminService, type FirstAdminInput, type FirstAdminResult } from '../modules/users/first-admin.service';
import { PasswordLinksRepository } from '../modules/users/password-links.repository';
import { PasswordLinksService } from '../modules/users/password-links.service';
import { UsersRepository } from '../modules/users/users.repository';

const USAGE = `usage: create-admin --email ADRESSE --territory CODE --organisation NOM [--name "Prénom Nom"] [--territory-name NOM] [--organisation-kind ${ORGANISATION_KINDS.join('|')}]`;

/** Only what the account flow needs: no Redis, no HTTP server. */
@Module({})
class CreateAdminModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CreateAdminModule,
      imports: [TypeOrmModule.forRoot({ ...dataSourceOptions(config.databaseUrl), logging: false, retryAttempts: 0 })],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        SessionService,
        AuditService,
        AuditRepository,
        UsersRepository,
        PasswordLinksService,
        PasswordLinksRepository,
        AccountNotices,
        AccountMailer,
        FirstAdminService,
        FirstAdminRepository,
      ],
    };
  }
}

export class UsageError extends Error {}

export function parseCreateAdminArgs(argv: string[]): FirstAdminInput {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        territory: { type: 'string' },
        'territory-name': { type: 'string' },
        organisation: { type: 'string' },
        'organisation-kind': { type: 'string' },
      },
    }));
  } catch (err) {
    throw new UsageError(`${(err as Error).message}\n${USAGE}`);
  }
  const missing = (['email', 'territory', 'organisation'] as const).filter((k) => !values[k]?.trim());
  if (missing.length) throw new UsageError(`Option(s) manquante(s) : ${missing.map((k) => `--${k}`).join(', ')}\n${USAGE}`);
  const kind = values['organisation-kind'];
  if (kind !== undefined && !(ORGANISATION_KINDS as readonly string[]).includes(kind)) {
    throw new UsageError(`--organisation-kind : ${kind} inconnu (${ORGANISATION_KINDS.join(', ')})`);
  }
  return {
    email: values.email!,
    displayName: values.name?.trim() || values.email!.trim().split('@')[0],
    territoryCode: values.territory!,
    territoryName: values['territory-name'],
    organisationName: values.organisation!,
    organisationKind: kind as OrganisationKind | undefined,
  };
}

/** Creates (or re-invites) the admin with the given configuration; used by the command and its test. */
export async function createAdmin(config: AppConfig, input: FirstAdminInput): Promise<FirstAdminResult> {
  // Without a mail server the link would only reach the log: never where a password link belongs.
  if (!config.mail.smtpUrl) throw new FirstAdminError('SMTP_URL est requis : le lien pour choisir le mot de passe part par e-mail.');
  const app = await NestFactory.createApplicationContext(CreateAdminModule.forRoot(config), { logger: ['error', 'warn'], abortOnError: false });
  try {
    return await app.get(FirstAdminService).create(input);
  } finally {
    await app.close();
  }
}

function summary(r: FirstAdminResult): string {
  const made = [r.territoryCreated && 'territoire créé', r.organisationCreated && 'organisation créée'].filter(Boolean).join(', ');
  const expires = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'long', timeStyle: 'short' }).format(r.linkExpiresAt);
  return [
    r.outcome === 'created'
      ? `Compte administrateur créé : ${r.user.email} (${r.user.organisation.name}${made ? ` ; ${made}` : ''}).`
      : `Le compte ${r.user.email} n’a pas encore de mot de passe : un nouveau lien remplace le précédent.`,
    `Un lien à usage unique pour choisir le mot de passe a été envoyé à ${r.user.email} ; il expire le ${expires}.`,
    'À la première connexion, la double authentification (application TOTP) sera demandée avant tout autre écran.',
  ].join('\n');
}

async function main(): Promise<number> {
  let input: FirstAdminInput;
  let config: AppConfig;
  try {
    input = parseCreateAdminArgs(process.argv.slice(2));
    config = loadConfig();
  } catch (err) {
    if (err instanceof UsageError || err instanceof ConfigError) {
      console.error(err.message);
      return 2;
    }
    throw err;
  }
  console.log(summary(await createAdmin(config, input)));
  return 0;
}

// Entry point under `node tools/run-ts.cjs` (which sets argv[1]) or `node dist/…/create-admin.js`.
if (process.argv[1] && path.resolve(process.argv[1]).replace(/\.(ts|js)$/, '') === __filename.replace(/\.(ts|js)$/, '')) {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(err instanceof FirstAdminError ? err.message : `Échec : ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    },
  );
}
