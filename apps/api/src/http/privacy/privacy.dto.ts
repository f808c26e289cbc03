import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min, ValidateIf } from 'class-validator';

const DAYS = { message: 'days must be a whole number from 1 to 3650, or null to keep conversations for ever' };

export class RetentionBody {
  @ValidateIf((_, v) => v !== null) @IsInt(DAYS) @Min(1, DAYS) @Max(3650, DAYS) days: number | null;
}

export class RetentionPreviewQuery {
  @IsOptional() @Type(() => Number) @IsInt(DAYS) @Min(1, DAYS) @Max(3650, DAYS) days?: number;
}
