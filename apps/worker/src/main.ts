import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { WorkerModule } from './worker.module.js';

// An application context, not an HTTP server: the worker only talks to PostgreSQL and Redis.
const app = await NestFactory.createApplicationContext(WorkerModule, { logger: ['log', 'warn', 'error'] });
app.enableShutdownHooks();
new Logger('Parley').log('worker started');
