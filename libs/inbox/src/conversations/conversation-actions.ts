import { BadRequestException, NotFoundException } from '@nestjs/common';
import { In } from 'typeorm';
import { PRIORITIES, type ConversationStatus, type Priority } from '@parley/contracts';
import { ConversationTagEntity, InboxMemberEntity, Jobs, TagEntity, TeamEntity, UserEntity } from '@parley/core';
import type { Change } from './conversation-mutator.js';

/** Each action is a Change: it edits the locked row and says what happened, or returns [] for a no-op. */
export const assign = (assigneeId: string | null): Change => async (c, { manager }) => {
  if (c.assigneeId === assigneeId) return [];
  let assigneeName: string | null = null;
  if (assigneeId) {
    const user = await manager.findOneBy(UserEntity, { id: assigneeId });
    if (!user || user.deactivatedAt) throw new BadRequestException('assigneeId does not name an active user');
    const member = user.role !== 'agent' || (await manager.existsBy(InboxMemberEntity, { inboxId: c.inboxId, userId: assigneeId }));
    if (!member) throw new BadRequestException(`${user.name} is not a member of this conversation's inbox`);
    assigneeName = user.name;
  }
  const from = c.assigneeId;
  c.assigneeId = assigneeId;
  // The name as it was then, so the activity trail reads well even after a rename.
  return [{ type: assigneeId ? 'assigned' : 'unassigned', data: { from, to: assigneeId, assigneeName } }];
};

export const setTeam = (teamId: string | null): Change => async (c, { manager }) => {
  if (c.teamId === teamId) return [];
  const team = teamId ? await manager.findOneBy(TeamEntity, { id: teamId }) : null;
  if (teamId && !team) throw new BadRequestException('teamId does not name a team');
  const from = c.teamId;
  c.teamId = teamId;
  return [{ type: 'team_changed', data: { from, to: teamId, teamName: team?.name ?? null } }];
};

export const setStatus = (status: Exclude<ConversationStatus, 'snoozed'>): Change => async (c) => {
  if (c.status === status) return [];
  const from = c.status;
  c.status = status;
  c.snoozedUntil = null;
  c.resolvedAt = status === 'resolved' ? new Date() : null;
  return [{ type: 'status_changed', data: { from, to: status } }];
};

export const snooze = (until: Date, now = new Date()): Change => async (c, { outbox }) => {
  if (until.getTime() <= now.getTime()) throw new BadRequestException('until must be in the future');
  const from = c.status;
  c.status = 'snoozed';
  c.snoozedUntil = until;
  // The wake job carries the time it was scheduled for: a later re-snooze makes this one a no-op.
  outbox.add(Jobs.wake(c.id, until, now));
  return [{ type: 'snoozed', data: { from, until: until.toISOString() } }];
};

export const setArchived = (archived: boolean): Change => async (c) => {
  if (c.archived === archived) return [];
  c.archived = archived;
  return [{ type: archived ? 'archived' : 'unarchived' }];
};

export const setPriority = (priority: Priority): Change => async (c) => {
  if (c.priority === priority) return [];
  const from = c.priority;
  c.priority = priority;
  c.priorityRank = PRIORITIES.indexOf(priority);
  return [{ type: 'priority_changed', data: { from, to: priority } }];
};

export const addTags = (tagIds: string[]): Change => async (c, { manager }) => {
  const unique = [...new Set(tagIds)];
  const tags = unique.length ? await manager.findBy(TagEntity, { id: In(unique) }) : [];
  if (tags.length !== unique.length) throw new BadRequestException('tagIds contains an id that is not a tag');
  const existing = await manager.findBy(ConversationTagEntity, { conversationId: c.id });
  const added = tags.filter((t) => !existing.some((e) => e.tagId === t.id));
  if (added.length === 0) return [];
  await manager.insert(ConversationTagEntity, added.map((t) => ({ conversationId: c.id, tagId: t.id })));
  return added.map((t) => ({ type: 'tag_added', data: { tagId: t.id, name: t.name } }));
};

export const removeTag = (tagId: string): Change => async (c, { manager }) => {
  const tag = await manager.findOneBy(TagEntity, { id: tagId });
  if (!tag) throw new NotFoundException('Tag not found');
  const result = await manager.delete(ConversationTagEntity, { conversationId: c.id, tagId });
  return result.affected ? [{ type: 'tag_removed', data: { tagId, name: tag.name } }] : [];
};

export const markRead = (): Change => async (c) => {
  if (c.unreadCount === 0) return [];
  c.unreadCount = 0;
  return [{ type: 'marked_read' }];
};
