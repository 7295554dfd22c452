import { Module } from '@nestjs/common';
import { RightsModule } from '../rights/rights.module';
import { TasksModule } from '../tasks/tasks.module';
import { BulkController } from './bulk.controller';
import { BulkService } from './bulk.service';

@Module({ imports: [RightsModule, TasksModule], controllers: [BulkController], providers: [BulkService] })
export class BulkModule {}
