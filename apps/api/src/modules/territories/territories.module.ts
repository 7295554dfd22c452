import { Module } from '@nestjs/common';
import { TerritoriesController, TerritoriesService } from './territories.controller';

@Module({ controllers: [TerritoriesController], providers: [TerritoriesService] })
export class TerritoriesModule {}
