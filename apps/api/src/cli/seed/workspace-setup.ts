import { ConflictException, type INestApplicationContext } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { UserRole } from '@parley/contracts';
import { InboxesService, QuickRepliesService, TagsService, TeamsService, UsersService, type Actor, type IngestInbox } from '@parley/inbox';
import { DEMO_PASSWORD, INBOXES, QUICK_REPLIES, STAFF, TAGS, TEAMS, type InboxSeed } from './workspace.js';

export interface SeededInbox { seed: InboxSeed; id: string; ingest: IngestInbox; agents: Actor[]; appSecret: string }

export interface Workspace {
  admin: Actor;
  manager: Actor;
  staff: Map<string, Actor>;
  teams: Map<string, string>;
  inboxes: SeededInbox[];
  tags: Map<string, string>;
  quickReplies: Map<string, string>;
}

/** A value that already exists (a re-run after a partial seed, or the admin's own) is reused, not an error. */
async function orExisting<T>(create: () => Promise<T>, find: () => Promise<T | undefined>): Promise<T> {
  try {
    return await create();
  } catch (error) {
    const existing = error instanceof ConflictException ? await find() : undefined;
    if (existing === undefined) throw error;
    return existing;
  }
}

/** The admin, the staff, teams, inboxes with members, tags and quick replies: everything but the DMs. */
export async function setUpWorkspace(app: INestApplicationContext, admin: { email: string; password: string }): Promise<Workspace> {
  const ds = app.get(DataSource);
  const users = app.get(UsersService);
  const findUser = async (email: string): Promise<Actor | undefined> => {
    const [row] = await ds.query('SELECT id, email, name, role FROM users WHERE email = lower($1)', [email]);
    return row ?? undefined;
  };
  const ensureUser = (email: string, name: string, password: string, role: UserRole): Promise<Actor> =>
    orExisting<Actor>(() => users.createUnchecked({ email, name, password, role }), () => findUser(email));

  const adminActor = await ensureUser(admin.email, 'Admin', admin.password, 'admin');
  if (adminActor.role !== 'admin') throw new Error(`${admin.email} exists but is not an admin; set PARLEY_ADMIN_EMAIL to an admin's email`);
  const staff = new Map<string, Actor>();
  for (const s of STAFF) staff.set(s.key, await ensureUser(s.email, s.name, DEMO_PASSWORD, s.role));
  for (const key of ['lucia', 'jonas', 'camille']) await users.setAvailability(staff.get(key)!, 'online');
  const manager = staff.get('camille')!;

  const teamsService = app.get(TeamsService);
  const teams = new Map<string, string>();
  for (const t of TEAMS) {
    const team = await orExisting(() => teamsService.create(adminActor, t.name), async () => (await teamsService.list()).find((x) => x.name === t.name));
    await teamsService.setMembers(adminActor, team.id, t.members.map((k) => staff.get(k)!.id));
    teams.set(t.key, team.id);
  }

  const inboxesService = app.get(InboxesService);
  const inboxes: SeededInbox[] = [];
  for (const seed of INBOXES) {
    const appSecret = randomBytes(24).toString('hex');
    const inbox = await inboxesService.create(adminActor, {
      name: seed.name, channel: seed.channel, platformAccountId: seed.platformAccountId, appSecret, unarchiveOnIncoming: true,
    });
    const agents = seed.members.map((k) => staff.get(k)!);
    await inboxesService.setMembers(adminActor, inbox.id, agents.map((a) => a.id));
    inboxes.push({ seed, id: inbox.id, ingest: { id: inbox.id, unarchiveOnIncoming: true }, agents, appSecret });
  }

  const tagsService = app.get(TagsService);
  const tags = new Map<string, string>();
  for (const t of TAGS) {
    const tag = await orExisting(() => tagsService.create(manager, t), async () => (await tagsService.list()).find((x) => x.name.toLowerCase() === t.name));
    tags.set(t.name, tag.id);
  }

  const quickRepliesService = app.get(QuickRepliesService);
  const quickReplies = new Map<string, string>();
  for (const q of QUICK_REPLIES) {
    const owner = q.owner ? staff.get(q.owner)! : manager;
    const created = await orExisting(
      () => quickRepliesService.create(owner, { shortcut: q.shortcut, title: q.title, body: q.body, scope: q.scope, teamId: q.team ? teams.get(q.team)! : null }),
      async () => (await quickRepliesService.list(owner)).find((x) => x.shortcut === q.shortcut && x.scope === q.scope),
    );
    quickReplies.set(q.shortcut, created.id);
  }

  return { admin: adminActor, manager, staff, teams, inboxes, tags, quickReplies };
}
