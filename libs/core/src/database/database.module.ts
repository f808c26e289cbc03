import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PARLEY_CONFIG, type ParleyConfig } from '../config/config.js';
import { dataSourceOptions } from './data-source.js';
import { ENTITIES } from './entities/index.js';

/**
 * A second, small pool for the ingestion's group commit, its connections in pg's pipeline mode: the
 * statements that the units of one transaction ask for side by side go to PostgreSQL without waiting for
 * each other's answers, so a transaction of N messages costs a few round trips, not a few per message.
 * (A pipelined connection refuses cursors and streams, which is why the main pool is not pipelined.)
 */
export const INGESTION_DATA_SOURCE = Symbol('INGESTION_DATA_SOURCE');

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({ inject: [PARLEY_CONFIG], useFactory: (c: ParleyConfig) => dataSourceOptions(c.DATABASE_URL, {}, c.DB_POOL_SIZE) }),
    TypeOrmModule.forFeature(ENTITIES),
  ],
  providers: [{
    provide: INGESTION_DATA_SOURCE,
    inject: [PARLEY_CONFIG],
    useFactory: (c: ParleyConfig) => new DataSource(dataSourceOptions(c.DATABASE_URL, {
      extra: { pipeline: true, max: c.INGEST_LANES, connectionTimeoutMillis: 10_000 },
    })).initialize(),
  }],
  exports: [TypeOrmModule, INGESTION_DATA_SOURCE],
})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(INGESTION_DATA_SOURCE) private readonly ingestion: DataSource) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.ingestion.isInitialized) await this.ingestion.destroy();
  }
}
