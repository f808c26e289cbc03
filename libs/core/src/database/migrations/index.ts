import { InitialSchema1764230400000 } from './1764230400000-initial-schema.js';

// Listed explicitly (not globbed) so the bundle-free ESM build and jest load the same set.
export const MIGRATIONS = [InitialSchema1764230400000];
