import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 14. A campaign may hold back a random share of its cohort (a control group, seeded so the draw
// can be replayed): the launch records those households in campaign_household with control = true and
// creates no task for them, so the dashboard can compare take-up between the two groups.

export class CampaignControlGroup1796670000000 implements MigrationInterface {
  name = 'CampaignControlGroup1796670000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "campaign" ADD "control_share" smallint NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "campaign" ADD "control_seed" integer`);
    await queryRunner.query(`ALTER TABLE "campaign" ADD "control_count" integer`);
    await queryRunner.query(`ALTER TABLE "campaign_household" ADD "control" boolean NOT NULL DEFAULT false`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "campaign_household" DROP COLUMN "control"`);
    await queryRunner.query(`ALTER TABLE "campaign" DROP COLUMN "control_count"`);
    await queryRunner.query(`ALTER TABLE "campaign" DROP COLUMN "control_seed"`);
    await queryRunner.query(`ALTER TABLE "campaign" DROP COLUMN "control_share"`);
  }
}
