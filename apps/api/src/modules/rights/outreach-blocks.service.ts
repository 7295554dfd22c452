import { Injectable } from '@nestjs/common';
import { LABELS, type DetectableBenefit } from '@recours/domain';
import type { EntityManager } from 'typeorm';
import { UnprocessableError } from '../../common/errors/domain-errors';
import { DetectedRightsRepository } from './detected-rights.repository';

function frenchDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

type Block = { benefit: DetectableBenefit; until: string };

function refusalError(blocks: Block[], field: string, what: string): UnprocessableError {
  const until = blocks.map((b) => b.until).sort().at(-1)!;
  const benefits = blocks.map((b) => `« ${LABELS.benefit[b.benefit]} »`).join(', ');
  return new UnprocessableError(
    `La personne a refusé d’être sollicitée pour ${benefits}, jusqu’au ${frenchDate(until)} : ${what} (délibération CNIL 2022-101)`,
    [{ field, message: `refus de la personne en cours jusqu’au ${frenchDate(until)}` }],
  );
}

const NO_OUTREACH = 'aucune tâche, relance, contact à l’initiative du service ni campagne vers ce foyer';

/**
 * A person who declined is not solicited again until the block ends (CNIL deliberation 2022-101):
 * the refusal covers the whole household, whatever the benefit; only a contact the person initiates
 * is recorded (and may lift it).
 */
@Injectable()
export class OutreachBlocksService {
  constructor(private readonly rights: DetectedRightsRepository) {}

  /** The household's active blocks (refused benefit, end), empty when outreach is allowed. */
  active(em: EntityManager, householdId: string, today: string): Promise<Block[]> {
    return this.rights.activeBlocks(em, [householdId], today);
  }

  /** Refuses any outreach act towards the household while it is blocked (422 naming the refusal and its end). */
  async assertHouseholdNotBlocked(em: EntityManager, householdId: string, today: string, field: string, what = NO_OUTREACH): Promise<void> {
    const blocks = await this.active(em, householdId, today);
    if (blocks.length) throw refusalError(blocks, field, what);
  }

  /** Refuses outreach about these rights while their household is blocked (422). */
  async assertRightsNotBlocked(em: EntityManager, rightIds: string[], today: string, field: string): Promise<void> {
    if (rightIds.length === 0) return;
    const blocks = await this.rights.activeBlocks(em, await this.rights.householdsOfRights(em, rightIds), today);
    if (blocks.length) throw refusalError(blocks, field, NO_OUTREACH);
  }

  /** The person asked to be contacted again in an inbound contact: the household's blocks end today. Their ids. */
  lift(em: EntityManager, l: { householdId: string; today: string; liftedBy: string; contactId: string; words: string }): Promise<string[]> {
    return this.rights.liftBlocks(em, l);
  }

  /** A right of the refused benefit is not added by hand while the refusal lasts (422). */
  async assertBenefitNotRefused(em: EntityManager, householdId: string, benefit: DetectableBenefit, today: string, field: string): Promise<void> {
    const blocks = (await this.active(em, householdId, today)).filter((b) => b.benefit === benefit);
    if (blocks.length) throw refusalError(blocks, field, 'aucun nouveau droit de cette prestation ne peut être ajouté');
  }
}
