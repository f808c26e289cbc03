import { GraphApiClient, type GraphCall } from '@parley/channels';
import { graphRateLimited, graphRequestSeconds, loadConfig } from '@parley/core';

/** The Graph API client every sender and profile look-up uses, with each call timed into the metrics. */
export function meteredGraphClient(): GraphApiClient {
  return new GraphApiClient({ baseUrl: loadConfig().graphApiUrl, onCall: recordGraphCall });
}

function recordGraphCall(call: GraphCall): void {
  graphRequestSeconds.observe({ operation: call.operation, status: String(call.status) }, call.seconds);
  if (call.rateLimited) graphRateLimited.inc({ code: call.errorCode === null ? String(call.status) : String(call.errorCode) });
}
