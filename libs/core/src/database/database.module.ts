import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PARLEY_CONFIG, type ParleyConfig } from '../config/config.js';
import { dataSourceOptions } from './data-source.js';
import { ENTITIES } from './entities/index.js';

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({ inject: [PARLEY_CONFIG], useFactory: (c: ParleyConfig) => dataSourceOptions(c.DATABASE_URL, {}, c.DB_POOL_SIZE) }),
    TypeOrmModule.forFeature(ENTITIES),
  ],
  exports: [TypeOrmModule],
})
export class DatabaseModule {}
