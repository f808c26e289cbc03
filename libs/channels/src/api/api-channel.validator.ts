import { isObject, MAX_ID_LENGTH, MAX_TIMESTAMP_MS, type JsonObject } from '../json.util.js';
import { API_ATTACHMENT_TYPES, ApiChannelPayloadError, type ApiChannelPayload } from './api-channel.types.js';

// Strict on purpose: an unknown key is almost always a typo (`avatar_url`) that would otherwise be lost silently.
const KNOWN_KEYS: Record<string, readonly string[]> = {
  body: ['contact', 'message'],
  contact: ['id', 'name', 'avatarUrl'],
  message: ['id', 'text', 'attachments', 'timestamp'],
  attachment: ['type', 'url', 'mime', 'caption', 'size', 'name'],
};
// Below this an epoch number is almost certainly seconds, not milliseconds (1e11 ms is March 1973).
const MIN_EPOCH_MS = 1e11;

/** Returns the payload typed, or throws ApiChannelPayloadError listing every problem found. */
export function validateApiPayload(body: unknown): ApiChannelPayload {
  const problems: string[] = [];
  if (!isObject(body)) throw new ApiChannelPayloadError(['body must be a JSON object']);
  unknownKeys(body, 'body', '', problems);
  const { contact, message } = body;
  if (!isObject(contact)) problems.push('contact is required and must be an object');
  else {
    unknownKeys(contact, 'contact', 'contact.', problems);
    requiredString(contact.id, 'contact.id', problems);
    optionalString(contact.name, 'contact.name', problems);
    if (contact.avatarUrl !== undefined && !isHttpUrl(contact.avatarUrl)) problems.push('contact.avatarUrl must be an http(s) URL');
    else if (typeof contact.avatarUrl === 'string') noNul(contact.avatarUrl, 'contact.avatarUrl', problems);
  }
  if (!isObject(message)) problems.push('message is required and must be an object');
  else checkMessage(message, problems);
  if (problems.length > 0) throw new ApiChannelPayloadError(problems);
  return body as unknown as ApiChannelPayload;
}

function checkMessage(message: JsonObject, problems: string[]): void {
  unknownKeys(message, 'message', 'message.', problems);
  requiredString(message.id, 'message.id', problems);
  optionalString(message.text, 'message.text', problems);
  const { attachments, text, timestamp } = message;
  if (attachments !== undefined && !Array.isArray(attachments)) problems.push('message.attachments must be an array');
  const hasAttachments = Array.isArray(attachments) && attachments.length > 0;
  if ((typeof text !== 'string' || text.trim() === '') && !hasAttachments) {
    problems.push('message.text or message.attachments is required');
  }
  if (Array.isArray(attachments)) attachments.forEach((item, i) => checkAttachment(item, `message.attachments[${i}]`, problems));
  if (timestamp !== undefined) checkTimestamp(timestamp, problems);
}

function checkAttachment(item: unknown, path: string, problems: string[]): void {
  if (!isObject(item)) {
    problems.push(`${path} must be an object`);
    return;
  }
  unknownKeys(item, 'attachment', `${path}.`, problems);
  if (!API_ATTACHMENT_TYPES.some((type) => type === item.type)) {
    problems.push(`${path}.type must be one of ${API_ATTACHMENT_TYPES.join(', ')}`);
  }
  if (!isHttpUrl(item.url)) problems.push(`${path}.url is required and must be an http(s) URL`);
  else noNul(item.url as string, `${path}.url`, problems);
  for (const key of ['mime', 'caption', 'name'] as const) optionalString(item[key], `${path}.${key}`, problems);
  const { size } = item;
  if (size !== undefined && !(typeof size === 'number' && Number.isInteger(size) && size >= 0)) {
    problems.push(`${path}.size must be a non-negative integer (bytes)`);
  }
}

function checkTimestamp(timestamp: unknown, problems: string[]): void {
  if (typeof timestamp === 'number') {
    if (!Number.isInteger(timestamp) || timestamp <= 0) problems.push('message.timestamp must be a positive integer (epoch ms)');
    else if (timestamp < MIN_EPOCH_MS) problems.push('message.timestamp looks like epoch seconds; send epoch milliseconds');
    else if (timestamp > MAX_TIMESTAMP_MS) problems.push('message.timestamp is after the year 9999');
  } else if (typeof timestamp !== 'string' || !/^\d{4}-\d{2}-\d{2}T/.test(timestamp) || !(Date.parse(timestamp) <= MAX_TIMESTAMP_MS)) {
    problems.push('message.timestamp must be an ISO 8601 date-time string or epoch milliseconds');
  }
}

function unknownKeys(value: JsonObject, kind: string, prefix: string, problems: string[]): void {
  for (const key of Object.keys(value)) {
    if (!KNOWN_KEYS[kind].includes(key)) problems.push(`${prefix}${key} is not a known field`);
  }
}

function requiredString(value: unknown, path: string, problems: string[]): void {
  if (typeof value !== 'string' || value.trim() === '') problems.push(`${path} is required and must be a non-empty string`);
  else if (value.length > MAX_ID_LENGTH) problems.push(`${path} is ${value.length} characters long; at most ${MAX_ID_LENGTH}`);
  else noNul(value, path, problems);
}

function optionalString(value: unknown, path: string, problems: string[]): void {
  if (value !== undefined && typeof value !== 'string') problems.push(`${path} must be a string`);
  else if (typeof value === 'string') noNul(value, path, problems);
}

/** PostgreSQL cannot store U+0000; an integrator is told, where Meta's events just lose the character. */
function noNul(value: string, path: string, problems: string[]): void {
  if (value.includes('\u0000')) problems.push(`${path} must not contain NUL characters (\\u0000)`);
}

function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
