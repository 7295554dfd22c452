import { Module } from '@nestjs/common';
import { TerritoriesController } from './territories.controller';
import { TerritoriesRepository } from './territories.repository';
import { TerritoriesService } from './territories.service';

@Module({ controllers: [TerritoriesController], providers: [TerritoriesService, TerritoriesRepository] })
export class TerritoriesModule {}
