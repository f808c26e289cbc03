import type { ChannelType, QuickReplyScope, UserRole } from '@parley/contracts';

/** The demo company: Maré, a small fashion shop that ships worldwide and answers DMs in seven languages. */

export const DEMO_PASSWORD = 'parley-demo';

export interface StaffSeed { key: string; name: string; email: string; role: UserRole }

export const STAFF: StaffSeed[] = [
  { key: 'camille', name: 'Camille Laurent', email: 'camille@parley.local', role: 'manager' },
  { key: 'lucia', name: 'Lucía Fernández', email: 'lucia@parley.local', role: 'agent' },
  { key: 'jonas', name: 'Jonas Becker', email: 'jonas@parley.local', role: 'agent' },
  { key: 'amira', name: 'Amira Haddad', email: 'amira@parley.local', role: 'agent' },
  { key: 'kenji', name: 'Kenji Watanabe', email: 'kenji@parley.local', role: 'agent' },
];

export const TEAMS: { key: string; name: string; members: string[] }[] = [
  { key: 'care', name: 'Customer Care', members: ['camille', 'lucia', 'amira'] },
  { key: 'logistics', name: 'Orders & Logistics', members: ['jonas', 'kenji', 'lucia'] },
];

export interface InboxSeed { key: ChannelType; name: string; channel: ChannelType; platformAccountId: string | null; members: string[] }

/** Platform ids in the shapes Meta uses: page id, Instagram business account id, WhatsApp phone number id. */
export const INBOXES: InboxSeed[] = [
  { key: 'messenger', name: 'Maré · Facebook', channel: 'messenger', platformAccountId: '104839201756342', members: ['lucia', 'jonas', 'amira'] },
  { key: 'instagram', name: 'Maré · Instagram @mare.studio', channel: 'instagram', platformAccountId: '17841405793187218', members: ['lucia', 'kenji', 'amira'] },
  { key: 'whatsapp', name: 'Maré · WhatsApp +34 911 23 45 67', channel: 'whatsapp', platformAccountId: '109876543210987', members: ['jonas', 'kenji', 'amira', 'lucia'] },
  { key: 'api', name: 'Maré · Website chat', channel: 'api', platformAccountId: null, members: ['lucia', 'jonas', 'amira', 'kenji'] },
];

export const TAGS: { name: string; color: string }[] = [
  { name: 'order-status', color: '#1976d2' },
  { name: 'shipping', color: '#0288d1' },
  { name: 'returns', color: '#f57c00' },
  { name: 'sizing', color: '#7b1fa2' },
  { name: 'payment', color: '#c62828' },
  { name: 'complaint', color: '#d32f2f' },
  { name: 'feedback', color: '#388e3c' },
  { name: 'vip', color: '#fbc02d' },
];

export interface QuickReplySeed { shortcut: string; title: string; body: string; scope: QuickReplyScope; team?: string; owner?: string }

export const QUICK_REPLIES: QuickReplySeed[] = [
  { scope: 'global', shortcut: 'hi', title: 'Greeting', body: 'Hi {{contact.first_name | default: "there"}} 👋 I\'m {{agent.first_name}} from {{inbox.name}}. How can I help you today?' },
  { scope: 'global', shortcut: 'hola', title: 'Saludo', body: '¡Hola {{contact.first_name | default: ""}}! 👋 Soy {{agent.first_name}}, del equipo de Maré. ¿En qué te puedo ayudar?' },
  { scope: 'global', shortcut: 'ola', title: 'Saudação', body: 'Olá {{contact.first_name | default: ""}}! 😊 Aqui é {{agent.first_name}}, da Maré. Como posso ajudar?' },
  { scope: 'global', shortcut: 'bonjour', title: 'Salutation', body: 'Bonjour {{contact.first_name | default: ""}} ! Je suis {{agent.first_name}} de l\'équipe Maré. Comment puis-je vous aider ?' },
  { scope: 'global', shortcut: 'thanks', title: 'Thanks & close', body: 'Thanks for reaching out, {{contact.first_name | default: "and have a great day"}}! If anything else comes up, just write to us here. 💙' },
  { scope: 'global', shortcut: 'tracking', title: 'Tracking link', body: 'Here is your tracking link: {{tracking_url}} — it updates every few hours. Parcels usually arrive in 3–5 working days.' },
  { scope: 'global', shortcut: 'returns', title: 'Return policy', body: 'You can return any item within 30 days, unworn and with its tags. Start here: https://mare.example/returns — the label is free within the EU.' },
  { scope: 'global', shortcut: 'sizes', title: 'Size guide', body: 'Our size guide (with measurements in cm and inches) is here: https://mare.example/size-guide. If you are between two sizes, we recommend the larger one.' },
  { scope: 'team', team: 'care', shortcut: 'refund', title: 'Refund issued', body: 'Good news {{contact.first_name | default: ""}}: your refund of {{amount}} has been issued. It can take 5–10 working days to show on your statement.' },
  { scope: 'team', team: 'care', shortcut: 'sorry', title: 'Apology', body: 'I\'m really sorry about this, {{contact.first_name | default: ""}}. That is not the experience we want you to have — let me fix it right away.' },
  { scope: 'team', team: 'logistics', shortcut: 'delay', title: 'Carrier delay', body: 'Our carrier is running 1–2 days behind this week because of high volumes. Your parcel is on its way and we are watching it for you 📦' },
  { scope: 'team', team: 'logistics', shortcut: 'address', title: 'Confirm address', body: 'Could you confirm the full delivery address (street, number, postcode and city) for order {{order_number}}?' },
  { scope: 'personal', owner: 'lucia', shortcut: 'brb', title: 'Checking…', body: 'Dame un momento, lo reviso con el almacén y te escribo enseguida 🙏' },
  { scope: 'personal', owner: 'jonas', shortcut: 'gruss', title: 'Grüße', body: 'Viele Grüße aus Berlin, {{agent.first_name}} vom Maré-Team' },
];

/** Private notes agents leave for colleagues. */
export const NOTES: string[] = [
  'Checked with the warehouse: parcel left Madrid on Tuesday, stuck at customs in Lyon. Follow up Thursday.',
  'Customer already got a 10% code last month (MARE10) — no second discount please.',
  'Second complaint from this customer this month. Escalated to Camille.',
  'Refund approved by finance, waiting for the bank to process.',
  'Wrong size shipped by us (picked M instead of S). Exchange at our cost.',
  'Possible fraud: three cards declined in a row. Do not ship until payment clears.',
  'Influencer account (~40k followers) — handle with care 😉',
  'Spoke with the carrier on the phone: redelivery booked for tomorrow morning.',
  'Le client préfère être contacté en français.',
  'Kunde möchte nur per WhatsApp kontaktiert werden.',
];
