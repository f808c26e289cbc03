import { Global, Module } from '@nestjs/common';
import { loadConfig, PARLEY_CONFIG, type ParleyConfig } from './config.js';

/** Parses the environment once, when the app starts (a bad value stops it), and offers it to every module. */
@Global()
@Module({
  providers: [{ provide: PARLEY_CONFIG, useFactory: (): ParleyConfig => loadConfig() }],
  exports: [PARLEY_CONFIG],
})
export class ConfigModule {}
