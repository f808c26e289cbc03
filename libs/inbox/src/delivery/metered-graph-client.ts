import { GraphApiClient, type GraphCall } from '@parley/channels';
import { graphRateLimited, graphRequestSeconds } from '@parley/core';

/**
 * The Graph API client every sender and profile look-up uses, with each call timed into the metrics. A call
 * that outlives `timeoutMs` may still have reached the platform: a send then waits for its echo or status.
 */
export function meteredGraphClient(baseUrl: string, timeoutMs?: number): GraphApiClient {
  return new GraphApiClient({ baseUrl, onCall: recordGraphCall, timeoutMs });
}

function recordGraphCall(call: GraphCall): void {
  graphRequestSeconds.observe({ operation: call.operation, status: String(call.status) }, call.seconds);
  if (call.rateLimited) graphRateLimited.inc({ code: call.errorCode === null ? String(call.status) : String(call.errorCode) });
}
