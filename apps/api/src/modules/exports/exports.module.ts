import { Global, Module } from '@nestjs/common';
import { ExportsRepository } from './exports.repository';
import { ExportsService } from './exports.service';

/** CSV and XLSX exports of the back office's lists (each list module declares its columns). */
@Global()
@Module({ providers: [ExportsRepository, ExportsService], exports: [ExportsService] })
export class ExportsModule {}
