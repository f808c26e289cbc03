import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { configureLogging, loadConfig, PARLEY_CONFIG, PinoNestLogger, type ParleyConfig } from '@parley/core';
import { WorkerModule } from './worker.module.js';

// Jobs get this long to finish after SIGTERM/SIGINT. Past it the process exits anyway: BullMQ 6.7 never
// finishes closing a worker whose Redis connection is mid-reconnect (taskforcesh/bullmq#4656), and an
// unfinished job is not lost: its lock expires and BullMQ hands it to another worker as stalled.

// An application context, not an HTTP server: the worker only talks to PostgreSQL and Redis.
const env = loadConfig();
configureLogging({ app: 'worker', level: env.OBSERVABILITY ? env.LOG_LEVEL : 'warn' });
const app = await NestFactory.createApplicationContext(WorkerModule, { logger: new PinoNestLogger() });
app.enableShutdownHooks();
const { SHUTDOWN_GRACE_MS } = app.get<ParleyConfig>(PARLEY_CONFIG);
const logger = new Logger('Parley');
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    setTimeout(() => {
      logger.error(`shutdown still not finished after ${SHUTDOWN_GRACE_MS} ms; exiting`);
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
  });
}
logger.log('worker started');
