import type { ConversationListItemDto, MessageDto } from './dto.js';

/** Server → browser socket.io events, typed once for both sides. */
export interface ClientEventMap {
  'conversation.created': (payload: { conversation: ConversationListItemDto }) => void;
  'conversation.updated': (payload: { conversation: ConversationListItemDto }) => void;
  'conversation.deleted': (payload: { conversationId: string; inboxId: string }) => void;
  'message.created': (payload: { message: MessageDto; conversationVersion: number }) => void;
  'message.updated': (payload: { message: MessageDto }) => void;
  /** Ephemeral: a client forgets it after `expiresInMs` unless it is repeated. */
  'typing': (payload: { conversationId: string; user: { id: string; name: string }; typing: boolean; expiresInMs: number }) => void;
  'viewing': (payload: { conversationId: string; users: { id: string; name: string }[] }) => void;
  'presence': (payload: { userId: string; availability: 'online' | 'away' | 'offline' }) => void;
  'notification': (payload: { id: string; type: string; title: string; conversationId: string | null; createdAt: string }) => void;
}
export type ClientEventName = keyof ClientEventMap;

/** Browser → server socket messages (each answers with an ack `{ ok }`). */
export interface ServerEventMap {
  'conversation.view': (payload: { conversationId: string }, ack: (r: { ok: boolean }) => void) => void;
  'conversation.leave': (payload: { conversationId: string }, ack: (r: { ok: boolean }) => void) => void;
  'typing': (payload: { conversationId: string; typing: boolean }, ack: (r: { ok: boolean }) => void) => void;
}

export type PresenceStatus = 'online' | 'away' | 'offline';

/** Where a realtime event goes: the rooms that may see it. */
export type RealtimeAudience = { inboxId: string } | { userId: string } | { conversationId: string } | { staff: true };
