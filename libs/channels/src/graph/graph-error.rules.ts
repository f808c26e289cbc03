import type { GraphErrorKind } from './graph-error.js';

export interface GraphErrorRule {
  code: number;
  /** undefined: any subcode */
  subcode?: number;
  kind: GraphErrorKind;
  explanation: string;
}

const RETRY = 'Parley will try sending again shortly.';
const RATE = `The platform is limiting how fast this channel can send; ${RETRY}`;
const TEMPORARY = `The platform had a temporary problem; ${RETRY}`;
const WINDOW = "The customer's 24-hour reply window has closed; wait for them to write again.";

// Order matters: code+subcode rules come before the same code's catch-all.
export const GRAPH_ERROR_RULES: readonly GraphErrorRule[] = [
  { code: 10, subcode: 2018278, kind: 'permanent', explanation: WINDOW },
  { code: 10, subcode: 2534022, kind: 'permanent', explanation: WINDOW },
  { code: 10, kind: 'permanent', explanation: "The platform's messaging policy does not allow this message." },
  {
    code: 551, kind: 'permanent',
    explanation: "This person isn't available right now (they may have blocked the page or deleted their account).",
  },
  { code: 190, kind: 'auth', explanation: "The page's access token is no longer valid; an admin must reconnect the channel." },
  { code: 102, kind: 'auth', explanation: "The page's access token is no longer valid; an admin must reconnect the channel." },
  // Generic Graph throttling (app, user, page, Messenger-specific).
  { code: 4, kind: 'transient', explanation: RATE },
  { code: 17, kind: 'transient', explanation: RATE },
  { code: 32, kind: 'transient', explanation: RATE },
  { code: 613, kind: 'transient', explanation: RATE },
  { code: 80006, kind: 'transient', explanation: RATE },
  { code: 80007, kind: 'transient', explanation: RATE },
  { code: 1, kind: 'transient', explanation: TEMPORARY },
  { code: 2, kind: 'transient', explanation: TEMPORARY },
  // WhatsApp Cloud API.
  { code: 130429, kind: 'transient', explanation: RATE },
  { code: 131056, kind: 'transient', explanation: `Too many messages were sent to this customer in a short time; ${RETRY}` },
  { code: 131000, kind: 'transient', explanation: TEMPORARY },
  { code: 131016, kind: 'transient', explanation: TEMPORARY },
  { code: 133004, kind: 'transient', explanation: TEMPORARY },
  {
    code: 131047, kind: 'permanent',
    explanation: "More than 24 hours have passed since the customer last wrote; only an approved template can be sent now.",
  },
  {
    code: 131026, kind: 'permanent',
    explanation: "WhatsApp could not deliver this message (the number may not use WhatsApp, or has an outdated app).",
  },
  { code: 131030, kind: 'permanent', explanation: 'This number is not on the test number allow-list of the WhatsApp account.' },
  { code: 131051, kind: 'permanent', explanation: 'WhatsApp does not support this kind of message.' },
  { code: 131052, kind: 'permanent', explanation: 'WhatsApp could not download the attachment; check that its link is public.' },
  { code: 131053, kind: 'permanent', explanation: 'WhatsApp could not process the attachment (unsupported file type or too large).' },
  { code: 100, kind: 'permanent', explanation: 'The platform rejected the message as invalid (bad recipient, parameter or attachment).' },
  { code: 0, kind: 'auth', explanation: "The WhatsApp access token is no longer valid; an admin must reconnect the channel." },
];
