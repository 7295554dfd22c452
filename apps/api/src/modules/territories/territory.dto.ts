import { ApiProperty } from '@nestjs/swagger';

export class TerritoryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '23' }) code!: string;
  @ApiProperty() name!: string;
}
