import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { configureLogging, loadConfig, PARLEY_CONFIG, type ParleyConfig } from '@parley/core';
import { createApp } from './app.factory.js';

const env = loadConfig();
configureLogging({ app: 'api', level: env.OBSERVABILITY ? env.LOG_LEVEL : 'warn' });
const app = await createApp();
const config = app.get<ParleyConfig>(PARLEY_CONFIG);
await app.listen(config.PORT, config.HOST);
new Logger('Parley').log(`api listening on http://localhost:${config.PORT} (OpenAPI at /api/docs)`);
