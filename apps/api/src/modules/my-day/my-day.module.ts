import { Module } from '@nestjs/common';
import { MyDayController } from './my-day.controller';
import { TasksModule } from '../tasks/tasks.module';
import { MyDayRepository } from './my-day.repository';
import { MyDayService } from './my-day.service';

@Module({ imports: [TasksModule], controllers: [MyDayController], providers: [MyDayService, MyDayRepository] })
export class MyDayModule {}
