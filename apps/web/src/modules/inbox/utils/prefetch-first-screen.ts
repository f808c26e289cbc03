import type { QueryClient } from '@tanstack/react-query';
import { probablySignedIn, rememberedRole } from '../../auth/utils/session-hint';
import { conversationCountsOptions, conversationListOptions } from '../../conversations/hooks/use-conversation-queries';
import { parseListQuery } from '../../conversations/utils/parse-list-query';

/**
 * On a (re)load of the inbox, asks for the list and the view counts while the app is still checking the
 * session, so the first rows do not wait for that round trip. The hooks then find the requests in flight.
 */
export function prefetchFirstScreen(client: QueryClient, location: Pick<Location, 'pathname' | 'search'> = window.location): void {
  if (!probablySignedIn()) return;
  if (location.pathname !== '/' && !location.pathname.startsWith('/conversations/')) return;
  void client.prefetchInfiniteQuery(conversationListOptions(parseListQuery(new URLSearchParams(location.search), rememberedRole())));
  void client.prefetchQuery(conversationCountsOptions);
}
