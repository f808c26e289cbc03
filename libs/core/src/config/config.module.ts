import { Global, Module } from '@nestjs/common';
import { loadConfig, type ParleyConfig } from './config.js';

export const PARLEY_CONFIG = Symbol('PARLEY_CONFIG');

@Global()
@Module({
  providers: [{ provide: PARLEY_CONFIG, useFactory: (): ParleyConfig => loadConfig() }],
  exports: [PARLEY_CONFIG],
})
export class ConfigModule {}
