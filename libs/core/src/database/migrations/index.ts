import { InitialSchema1764230400000 } from './1764230400000-initial-schema.js';
import { DeliveryTracking1764234000000 } from './1764234000000-delivery-tracking.js';
import { ChangeFeed1764237600000 } from './1764237600000-change-feed.js';
import { ViewCountIndexes1764241200000 } from './1764241200000-view-count-indexes.js';
import { Automation1764300000000 } from './1764300000000-automation.js';
import { ReportAggregates1764303600000 } from './1764303600000-report-aggregates.js';
import { ReportAggregatesOrder1764307200000 } from './1764307200000-report-aggregates-order.js';
import { AuditLog1765400000000 } from './1765400000000-audit-log.js';
import { ErasureTombstones1765400001000 } from './1765400001000-erasure-tombstones.js';
import { DurableWork1765500000000 } from './1765500000000-durable-work.js';
import { ChannelHealth1765600000000 } from './1765600000000-channel-health.js';
import { MetaAppRouting1765700000000 } from './1765700000000-meta-app-routing.js';
import { NotificationPreferences1765800000000 } from './1765800000000-notification-preferences.js';

// Listed explicitly (not globbed) so the compiled ESM build and jest load the same set, in order.
export const MIGRATIONS = [InitialSchema1764230400000, DeliveryTracking1764234000000, ChangeFeed1764237600000, ViewCountIndexes1764241200000,
  Automation1764300000000, ReportAggregates1764303600000, ReportAggregatesOrder1764307200000,
  AuditLog1765400000000, ErasureTombstones1765400001000, DurableWork1765500000000, ChannelHealth1765600000000, MetaAppRouting1765700000000, NotificationPreferences1765800000000];
