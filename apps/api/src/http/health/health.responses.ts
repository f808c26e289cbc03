import type { HealthDto } from '@parley/contracts';
import { EnumProp, IntProp } from '../response-props.js';

export class HealthResponse implements HealthDto {
  @EnumProp(['ok', 'error'], 'ok') status: 'ok' | 'error';
  @EnumProp(['up', 'down'], 'up') postgres: 'up' | 'down';
  @EnumProp(['up', 'down'], 'up') redis: 'up' | 'down';
}

export class LivenessResponse {
  @EnumProp(['ok'], 'ok') status: 'ok';
  @IntProp(3600) uptimeSeconds: number;
}
