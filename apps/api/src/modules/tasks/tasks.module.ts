import { Module } from '@nestjs/common';
import { RightsModule } from '../rights/rights.module';
import { TasksController } from './tasks.controller';
import { TasksRepository } from './tasks.repository';
import { TasksService } from './tasks.service';

@Module({ imports: [RightsModule], controllers: [TasksController], providers: [TasksService, TasksRepository], exports: [TasksService, TasksRepository] })
export class TasksModule {}
