import type { DataSource } from 'typeorm';
import type { Viewer } from '@best/kit';
import { storytellerReadRecorder } from './storyteller-reads';

/** Per-request audit batching. */
export function storyAuditLoaders(dataSource: DataSource, viewer: Viewer) {
  return {
    /** Writes the request's storyteller reads to the audit log, one INSERT per batch. */
    storytellerReads: storytellerReadRecorder(dataSource, viewer),
  };
}
