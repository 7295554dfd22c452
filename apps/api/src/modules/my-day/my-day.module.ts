import { Module } from '@nestjs/common';
import { MyDayController } from './my-day.controller';
import { MyDayService } from './my-day.service';

@Module({ controllers: [MyDayController], providers: [MyDayService] })
export class MyDayModule {}
