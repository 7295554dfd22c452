// The e-mails: what happened and a link to sign in, never a name, an address or an amount.
import { LABELS, type NotificationKind } from '@recours/domain';
import type { MailMessage } from '@recours/mail';

const FOOTER = (url: string) =>
  `Pour en savoir plus, connectez-vous à Recours : ${url}/#/notifications\n\n` +
  'Cet e-mail ne contient aucune donnée personnelle. Vous choisissez comment être prévenu·e ' +
  '(dans l’application, par e-mail, ou un récapitulatif quotidien) dans Recours, page « Mes préférences de notification ».';

export function notificationMail(to: string, kind: NotificationKind, publicAdminUrl: string): MailMessage {
  const label = LABELS.notificationKind[kind];
  return { to, subject: `Recours : ${label}`, text: `Bonjour,\n\nVous avez une nouvelle notification dans Recours : ${label}.\n\n${FOOTER(publicAdminUrl)}\n` };
}

export function digestMail(to: string, kinds: readonly NotificationKind[], publicAdminUrl: string): MailMessage {
  const counts = new Map<NotificationKind, number>();
  for (const k of kinds) counts.set(k, (counts.get(k) ?? 0) + 1);
  const lines = [...counts].map(([k, n]) => `- ${LABELS.notificationKind[k]} : ${n}`).join('\n');
  return {
    to,
    subject: `Recours : ${kinds.length} notification${kinds.length > 1 ? 's' : ''} depuis hier`,
    text: `Bonjour,\n\nVoici le récapitulatif de vos notifications dans Recours :\n\n${lines}\n\n${FOOTER(publicAdminUrl)}\n`,
  };
}
