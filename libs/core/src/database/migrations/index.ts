import { InitialSchema1764230400000 } from './1764230400000-initial-schema.js';
import { DeliveryTracking1764234000000 } from './1764234000000-delivery-tracking.js';

// Listed explicitly (not globbed) so the compiled ESM build and jest load the same set, in order.
export const MIGRATIONS = [InitialSchema1764230400000, DeliveryTracking1764234000000];
