import { describe, expect, it } from '@jest/globals';
import { JOB_QUEUES, type JobName } from '@parley/contracts';
import { indexHandlers, type JobHandler } from './job-handler.js';

const handler = (jobName: JobName): JobHandler => ({ jobName, handle: async () => undefined });
const all = () => (Object.keys(JOB_QUEUES) as JobName[]).map(handler);

describe('the job catalog', () => {
  it('routes every job in the catalog to its one handler', () => {
    const index = indexHandlers(all());
    expect([...index.keys()].sort()).toEqual(Object.keys(JOB_QUEUES).sort());
  });

  it('refuses to boot when a job has no handler, naming it', () => {
    const [missing, ...rest] = all();
    expect(() => indexHandlers(rest)).toThrow(`No handler for job(s): ${missing.jobName}`);
  });

  it('refuses to boot when a job has two handlers', () => {
    const handlers = all();
    expect(() => indexHandlers([...handlers, handler(handlers[0].jobName)])).toThrow(`Two handlers for job ${handlers[0].jobName}`);
  });
});
