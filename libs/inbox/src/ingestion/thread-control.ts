import { MessageEntity, type ConversationEntity, type Tx } from '@parley/core';
import { toMessageDto } from '../messages/message.mapper.js';

/**
 * Meta's handover protocol: while another app (a bot, a CRM) controls a thread, its events reach us as
 * `standby`. The conversation remembers who controls it, and the thread says so in an activity line each
 * time control changes hands, so an agent reading it knows why messages there are not waiting for them.
 */
export async function noteThreadControl(tx: Tx, c: ConversationEntity, controller: string | null, at: Date): Promise<void> {
  if ((c.threadController ?? null) === controller) return;
  const handsChanged = controller === null || !c.threadController;
  // A standby echo names the app that already had control: remembered, but not news worth a line.
  if (!handsChanged && c.threadController !== OTHER_APP) return;
  await tx.manager.query('UPDATE conversations SET thread_controller = $2 WHERE id = $1', [c.id, controller]);
  c.threadController = controller;
  if (!handsChanged) return;
  const text = controller === null
    ? 'Parley controls this conversation again: new messages wait for your answer.'
    : `${controller === OTHER_APP ? 'Another app' : `Another app (${controller})`} controls this conversation (Meta handover protocol): its messages are kept here as context until it passes control back.`;
  const inserted = await tx.manager.insert(MessageEntity, {
    conversationId: c.id, inboxId: c.inboxId, direction: 'incoming', kind: 'activity', senderType: 'page', text,
    // Just before the message that revealed the change, so the line reads above it.
    attachments: [], sentAt: new Date(at.getTime() - 1),
  });
  const message = await tx.manager.findOneByOrFail(MessageEntity, { id: inserted.identifiers[0].id as string });
  await tx.outbox.realtime('message.created', { message: toMessageDto(message), conversationVersion: Number(c.version) }, [{ conversationId: c.id }]);
}

export const OTHER_APP = 'another app';

/** Who a standby event says controls the thread: the app that sent a standby echo, else "another app". */
export const standbyController = (appId: string | undefined): string => (appId ? `Meta app ${appId}` : OTHER_APP);
