import { Column, Entity } from 'typeorm';
import { BaseEntity } from '../../common/db/base.entity';

@Entity('territory')
export class Territory extends BaseEntity {
  /** Département code or project code, e.g. "23", "69". */
  @Column({ type: 'varchar', length: 20, unique: true })
  code!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** Last household number handed out; references are `HH-<year>-<number>`. */
  @Column({ type: 'integer', default: 0 })
  householdSeq!: number;
}
