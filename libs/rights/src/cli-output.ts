// The nine reference outputs of an evaluation, in euros (the CLI and reference-test boundary).
import type { Evaluation } from './evaluate';

export interface ReferenceOutputs {
  id: string;
  rsa: number;
  ppa_nette_crds: number;
  aide_logement: number;
  cheque_energie: number;
  css_status: 'gratuite' | 'participation' | 'non';
  css_participation_forfaitaire: number;
  af: number;
  aah_total: number;
  aspa: number;
}

const eur = (cents: number): number => Math.round(cents) / 100;

export function toReferenceOutputs(e: Evaluation): ReferenceOutputs {
  return {
    id: e.id,
    rsa: eur(e.rsa.amountCents),
    ppa_nette_crds: eur(e.primeActivite.amountCents),
    aide_logement: eur(e.aideLogement.amountCents),
    cheque_energie: eur(e.chequeEnergie.amountCents),
    css_status: e.css.status,
    css_participation_forfaitaire: eur(e.css.participationCents),
    af: eur(e.allocationsFamiliales.amountCents),
    aah_total: eur(e.aah.amountCents),
    aspa: eur(e.aspa.amountCents),
  };
}
