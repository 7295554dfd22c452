import { Module } from '@nestjs/common';
import { RightsModule } from '../rights/rights.module';
import { TasksModule } from '../tasks/tasks.module';
import { ContactsController } from './contacts.controller';
import { ContactsRepository } from './contacts.repository';
import { ContactsService } from './contacts.service';

@Module({ imports: [RightsModule, TasksModule], controllers: [ContactsController], providers: [ContactsService, ContactsRepository] })
export class OutreachModule {}
