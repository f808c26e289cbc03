import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { loadConfig } from '@parley/core';
import { createApp } from './app.factory.js';

const config = loadConfig();
const app = await createApp();
await app.listen(config.port, process.env.HOST ?? '0.0.0.0');
new Logger('Parley').log(`api listening on http://localhost:${config.port} (OpenAPI at /api/docs)`);
