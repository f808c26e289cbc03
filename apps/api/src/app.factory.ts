import type { INestApplication } from '@nestjs/common';
import { HttpAdapterHost, NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PARLEY_CONFIG, PinoNestLogger, type ParleyConfig } from '@parley/core';
import { AppModule } from './app.module.js';
import { DatabaseErrorFilter } from './http/database-error.filter.js';
import { requestLogging } from './http/request-logging.js';
import { jsonDepthLimit } from './http/json-depth.middleware.js';
import { RequestValidationPipe } from './http/request-validation.pipe.js';
import { RedisIoAdapter } from './realtime/redis-io.adapter.js';
import { stateChangingRequestGuard } from './security/request-guards.js';
import { securityHeaders } from './security/security-headers.js';
import { allowedOrigins } from './security/origin-policy.js';

const BODY_LIMIT = '3mb';

/** Builds the api exactly as production runs it; tests call this too. */
export async function createApp(options: { logger?: boolean; webDist?: string } = {}): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    rawBody: true, // webhooks verify signatures over the exact bytes received
    bodyParser: true,
    // Nest's messages, and every `new Logger(...)` in the code, become pino JSON lines with the request's ids.
    logger: options.logger === false ? false : new PinoNestLogger(),
  });
  const config = app.get<ParleyConfig>(PARLEY_CONFIG);
  if (config.OBSERVABILITY) app.use(requestLogging());
  // Behind a proxy (nginx in docker/compose.yml) the client's address, which login limits key on, is in
  // X-Forwarded-For: believed only from the proxies TRUST_PROXY lists.
  app.set('trust proxy', config.TRUST_PROXY ?? false);
  app.disable('x-powered-by');
  // Before the body parsers: a refused request is never parsed.
  app.use(securityHeaders({ hsts: config.COOKIE_SECURE }));
  app.use(stateChangingRequestGuard(allowedOrigins(config)));
  // Meta and WhatsApp batches can reach 3 MB; anything larger gets a 413.
  app.useBodyParser('json', { limit: BODY_LIMIT });
  // A webhook's signature covers its bytes whatever its Content-Type says (a proxy or a bridge may send
  // text/plain or none): keep the raw bytes of every other webhook body too, and let the service parse them.
  app.useBodyParser('raw', { limit: BODY_LIMIT, type: (req: { url?: string }) => Boolean(req.url?.startsWith('/api/webhooks/')) });
  app.use(jsonDepthLimit);
  app.use(cookieParser());
  app.setGlobalPrefix('api');
  app.useGlobalPipes(new RequestValidationPipe());
  app.useGlobalFilters(new DatabaseErrorFilter(app.get(HttpAdapterHost).httpAdapter));
  app.enableCors({ origin: allowedOrigins(config), credentials: true });
  app.enableShutdownHooks();
  const adapter = new RedisIoAdapter(app, config.REDIS_URL, config.PARLEY_QUEUE_PREFIX);
  await adapter.connect();
  app.useWebSocketAdapter(adapter);

  const doc = SwaggerModule.createDocument(app, new DocumentBuilder()
    .setTitle('Parley API').setDescription('Helpdesk for customer DMs: conversations, messages, channels, webhooks')
    .setVersion('0.1.0').addBearerAuth().addCookieAuth('parley_session').build());
  SwaggerModule.setup('api/docs', app, doc, { jsonDocumentUrl: 'api/docs-json' });

  const webDist = options.webDist ?? join(process.cwd(), 'dist/web');
  if (existsSync(join(webDist, 'index.html'))) serveDashboard(app, webDist);
  return app;
}

/** The built dashboard on the same origin, so its cookie and socket need no CORS. */
function serveDashboard(app: NestExpressApplication, webDist: string): void {
  // gzip on the wire: the first screen's JavaScript is ~3x smaller compressed.
  app.use(compression());
  app.useStaticAssets(webDist, { index: false, maxAge: '1h' });
  app.use((req: { method: string; path: string }, res: { sendFile: (p: string, o: { root: string }) => void }, next: () => void) => {
    // `root` keeps express's dot-folder check off the install path (e.g. ~/.local/parley).
    if (req.method === 'GET' && !req.path.startsWith('/api') && !req.path.startsWith('/socket.io')) res.sendFile('index.html', { root: webDist });
    else next();
  });
}
