import { GraphApiClient, type GraphCall } from '@parley/channels';
import { graphRateLimited, graphRequestSeconds } from '@parley/core';

/** The Graph API client every sender and profile look-up uses, with each call timed into the metrics. */
export function meteredGraphClient(baseUrl: string): GraphApiClient {
  return new GraphApiClient({ baseUrl, onCall: recordGraphCall });
}

function recordGraphCall(call: GraphCall): void {
  graphRequestSeconds.observe({ operation: call.operation, status: String(call.status) }, call.seconds);
  if (call.rateLimited) graphRateLimited.inc({ code: call.errorCode === null ? String(call.status) : String(call.errorCode) });
}
