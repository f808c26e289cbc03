import { BadRequestException } from '@nestjs/common';
import type { InboxSettings } from '@parley/core';
import type { BusinessHours } from './business-hours.js';
import { validateBusinessHours } from './business-hours-validation.js';

/** The inbox's business hours, or null when none are set (or the stored ones no longer validate). */
export function businessHoursOf(settings: InboxSettings | null | undefined): BusinessHours | null {
  const bh = settings?.businessHours;
  if (!bh || validateBusinessHours(bh).length > 0) return null;
  return bh as BusinessHours;
}

/** A 400 listing every problem, each with its path, so the form can show them all at once. */
export function assertBusinessHours(x: unknown): BusinessHours {
  const problems = validateBusinessHours(x);
  if (problems.length > 0) throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: problems });
  return x as BusinessHours;
}
