// The people and the Messenger inbox of the story, made through the api as an admin would.
import { randomBytes } from 'node:crypto';

const PASSWORD = 'e2e-password-123';

export const PEOPLE = {
  agent: { name: 'Ana Agent', email: 'ana@e2e.parley.test', role: 'agent' },
  colleague: { name: 'Bruno Colleague', email: 'bruno@e2e.parley.test', role: 'agent' },
  manager: { name: 'Marta Manager', email: 'marta@e2e.parley.test', role: 'manager' },
};

export async function setUpWorkspace(admin) {
  const people = {};
  for (const [key, p] of Object.entries(PEOPLE)) {
    const user = await admin.post('/api/users', { ...p, password: PASSWORD });
    people[key] = { ...p, id: user.id, password: PASSWORD };
  }
  const inbox = {
    pageId: '104823458934776',
    appSecret: randomBytes(24).toString('hex'),
    accessToken: 'e2e-page-access-token',
  };
  const created = await admin.post('/api/inboxes', {
    name: 'Acme on Messenger', channel: 'messenger', platformAccountId: inbox.pageId, appSecret: inbox.appSecret, accessToken: inbox.accessToken,
  });
  inbox.id = created.id;
  await admin.put(`/api/inboxes/${inbox.id}/members`, { userIds: [people.agent.id, people.colleague.id] });
  const greeting = await admin.post('/api/quick-replies', {
    shortcut: 'hello', title: 'Warm hello', body: 'Hi {{contact.first_name}}, thanks for writing! Let me check that for you.', scope: 'global',
  });
  return { people, inbox, greeting };
}
