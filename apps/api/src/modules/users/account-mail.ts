// E-mails about accounts: the link to choose one's password, and the notice of every change sent to
// the account's owner and to the organisation's managers. They never carry a password.
import { LABELS, type UserRole } from '@recours/domain';
import type { MailMessage } from '@recours/mail';
import type { PasswordLinkPurpose } from './password-link.entity';

/** What can change on an account, named for the notice (field names of the audit event). */
export const ACCOUNT_FIELD_LABELS: Record<string, string> = {
  email: 'adresse e-mail',
  displayName: 'nom affiché',
  role: 'rôle',
  organisationId: 'organisation',
  active: 'activation du compte',
  password: 'mot de passe',
  totp: 'double authentification',
  recoveryCode: 'code de secours de la double authentification utilisé pour se connecter',
};

export type AccountChange = 'created' | 'updated' | 'deleted' | 'reset' | 'password_chosen';

const parisTime = (d: Date) =>
  new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'long', timeStyle: 'short' }).format(d);

/** The back-office page where the person chooses a password; the token rides in the URL's fragment (never sent to a server, nor in a Referer). */
export const passwordLinkUrl = (publicAdminUrl: string, token: string) => `${publicAdminUrl}/#/mot-de-passe?jeton=${encodeURIComponent(token)}`;

export function passwordLinkMail(to: string, purpose: PasswordLinkPurpose, url: string, expiresAt: Date): MailMessage {
  const intro =
    purpose === 'invitation'
      ? 'Un compte Recours vient d’être créé pour vous. Pour l’activer, choisissez votre mot de passe :'
      : 'Un administrateur a réinitialisé le mot de passe de votre compte Recours. Votre ancien mot de passe ne fonctionne plus et vos sessions ont été fermées. Choisissez un nouveau mot de passe :';
  return {
    to,
    subject: purpose === 'invitation' ? 'Recours : activez votre compte' : 'Recours : choisissez un nouveau mot de passe',
    text:
      `Bonjour,\n\n${intro}\n\n${url}\n\n` +
      `Ce lien ne sert qu’une fois et expire le ${parisTime(expiresAt)}. Personne d’autre que vous ne connaîtra votre mot de passe : ` +
      'Recours ne l’envoie jamais par e-mail et ne vous le demandera jamais.\n\n' +
      'Si vous n’attendiez pas ce message, ne cliquez pas sur le lien et prévenez votre responsable.\n',
  };
}

export interface NoticeInput {
  change: AccountChange;
  account: { email: string; displayName: string; role: UserRole };
  fields: string[];
  /** Who made the change: "name (role)". */
  by: string;
  at: Date;
}

const what = (n: NoticeInput) => {
  switch (n.change) {
    case 'created':
      return 'a été créé';
    case 'updated':
      return `a été modifié (${n.fields.map((f) => ACCOUNT_FIELD_LABELS[f] ?? f).join(', ')})`;
    case 'deleted':
      return 'a été supprimé';
    case 'reset':
      return 'a vu son mot de passe réinitialisé : un lien pour en choisir un nouveau a été envoyé à son adresse';
    case 'password_chosen':
      return 'a un nouveau mot de passe, choisi par son titulaire';
  }
};

const details = (n: NoticeInput) => `Par : ${n.by}\nLe : ${parisTime(n.at)}\n\n`;

/** To the account's owner (both addresses when the address changes). */
export function ownerNoticeMail(to: string, n: NoticeInput): MailMessage {
  return {
    to,
    subject: 'Recours : votre compte a été modifié',
    text:
      `Bonjour,\n\nVotre compte Recours (${n.account.email}) ${what(n)}.\n\n${details(n)}` +
      'Si vous n’êtes pas à l’origine de cette modification ou ne l’attendiez pas, prévenez sans attendre votre responsable.\n',
  };
}

/** To the managers of the account's organisation (of both, when it changes organisation). */
export function managerNoticeMail(to: string, n: NoticeInput): MailMessage {
  return {
    to,
    subject: 'Recours : un compte de votre organisation a changé',
    text:
      `Bonjour,\n\nLe compte de ${n.account.displayName} (${n.account.email}, ${LABELS.userRole[n.account.role]}) ${what(n)}.\n\n${details(n)}` +
      'Si ce changement n’était pas prévu, signalez-le à l’administrateur de votre territoire : chaque modification de compte est tracée dans le journal.\n',
  };
}
