import { Injectable } from '@nestjs/common';
import { LABELS } from '@recours/domain';
import type { EntityManager } from 'typeorm';
import { UnprocessableError } from '../../common/errors/domain-errors';
import { DetectedRightsRepository } from './detected-rights.repository';

function frenchDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/**
 * A person who declined is not solicited again for that benefit until the block ends (CNIL
 * deliberation 2022-101).
 */
@Injectable()
export class OutreachBlocksService {
  constructor(private readonly rights: DetectedRightsRepository) {}

  /** Refuses a task or a next attempt that targets one of these rights while it is blocked (422). */
  async assertRightsNotBlocked(em: EntityManager, rightIds: string[], today: string, field: string): Promise<void> {
    if (rightIds.length === 0) return;
    const blocks = await this.rights.activeBlocks(em, rightIds, today);
    if (blocks.length === 0) return;
    const what = blocks.map((b) => `« ${LABELS.benefit[b.benefit]} » (jusqu’au ${frenchDate(b.until)})`).join(', ');
    throw new UnprocessableError(
      `La personne a refusé d’être sollicitée pour ${what} : aucune tâche ni relance possible (délibération CNIL 2022-101)`,
      [{ field, message: 'refus de la personne en cours' }],
    );
  }
}
