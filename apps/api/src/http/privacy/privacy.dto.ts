import { Int, QueryInt } from '../fields.js';

const DAYS = {
  min: 1, max: 3650, example: 90, message: 'days must be a whole number from 1 to 3650, or null to keep conversations for ever',
};

export class RetentionBody {
  @Int({ ...DAYS, nullable: true, description: 'delete conversations resolved more than this many days ago; null keeps them for ever' })
  days: number | null;
}

export class RetentionPreviewQuery {
  @QueryInt({ ...DAYS, optional: true }) days?: number;
}
