import { Injectable } from '@nestjs/common';
import type { FieldError } from '../../common/errors/domain-errors';
import { CommuneIndex, type CommuneEntry } from './commune-index';
import type { CommuneDto } from './commune.dto';

const toDto = ({ population: _, ...e }: CommuneEntry): CommuneDto => e;

/** The communes and their housing-aid zone; the index is built on first use (about 0.5 s) and kept. */
@Injectable()
export class CommunesService {
  private index?: CommuneIndex;

  private get communes(): CommuneIndex {
    this.index ??= CommuneIndex.load();
    return this.index;
  }

  search(q: string, limit: number): CommuneDto[] {
    return this.communes.search(q, limit).map(toDto);
  }

  /**
   * A household's commune and zone must agree: the INSEE code is a commune of today, and the zone is
   * the one of the commune (or of one of its former communes). `changed` says whether the save changes
   * either, so saving a household stored before this check without touching them never fails.
   */
  checkHousehold(insee: string | null, zone: number | null, changed: boolean): FieldError[] {
    if (!changed || !insee) return [];
    const accepted = this.communes.acceptedZones(insee);
    if (!accepted) return [{ field: 'communeInsee', message: 'n’est le code INSEE d’aucune commune' }];
    if (zone === null || accepted.size === 0 || accepted.has(zone as 1 | 2 | 3)) return [];
    const commune = this.communes.get(insee);
    const zones = [...accepted].sort().join(' ou ');
    return [{ field: 'housingAidZone', message: `ne correspond pas à la commune : zone ${zones} pour ${commune?.name ?? insee} (${insee})` }];
  }
}
