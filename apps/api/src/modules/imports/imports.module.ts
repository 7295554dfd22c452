import { Module } from '@nestjs/common';
import { ImportReviewsRepository } from './import-reviews.repository';
import { ImportsController } from './imports.controller';
import { ImportsRepository } from './imports.repository';
import { ImportsService } from './imports.service';

@Module({ controllers: [ImportsController], providers: [ImportsService, ImportsRepository, ImportReviewsRepository] })
export class ImportsModule {}
