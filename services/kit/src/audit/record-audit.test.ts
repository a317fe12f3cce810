import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../db/data-source';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { viewers } from '../testing/viewers';
import { AuditEvent } from './audit-event.entity';
import { AuditAction } from './audit-action';
import { createAuditEventTable } from './audit-table';
import { recordAudit } from './record-audit';

let db: TestDatabase;
let dataSource: DataSource;
beforeAll(async () => {
  db = await createTestDatabase('kit_audit');
  dataSource = createDataSource({ url: db.url, entities: [AuditEvent], migrations: [] });
  await dataSource.initialize();
  await createAuditEventTable(dataSource);
});
afterAll(async () => {
  await dataSource?.destroy();
  await db?.drop();
});

const ctx = () => ({ viewer: viewers.coordinator('MT'), requestId: 'req-1', dataSource });

describe('recordAudit', () => {
  it('records the caller as actor, with the request id, the subject and the details', async () => {
    const event = await recordAudit(ctx(), {
      action: AuditAction.CONTACT_DETAILS_READ,
      subjectType: 'Organization',
      subjectId: 'org-1',
      details: { fields: ['contactEmail'] },
    });
    const [row] = await dataSource.query('SELECT * FROM audit_event WHERE id = $1', [event.id]);
    expect(row).toMatchObject({
      actor_kind: 'USER',
      actor_id: viewers.coordinator('MT').id,
      actor_display_name: 'Test Coordinator MT',
      action: 'CONTACT_DETAILS_READ',
      subject_type: 'Organization',
      subject_id: 'org-1',
      request_id: 'req-1',
      details: { fields: ['contactEmail'] },
    });
  });

  it('an event recorded in a transaction that fails is not kept', async () => {
    await expect(
      dataSource.transaction(async (tx) => {
        await recordAudit(ctx(), { action: 'ROLLED_BACK_ACTION' }, tx);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await dataSource.getRepository(AuditEvent).countBy({ action: 'ROLLED_BACK_ACTION' })).toBe(0);
  });

  it('refuses details that look like a secret or a password', async () => {
    for (const key of ['password', 'newPassword', 'secret', 'secretHash', 'token', 'sessionToken']) {
      await expect(recordAudit(ctx(), { action: 'SIGNED_IN', details: { [key]: 'x' } })).rejects.toThrow(key);
    }
  });

  it('refuses an action that is not a SCREAMING_SNAKE name', async () => {
    await expect(recordAudit(ctx(), { action: 'signed in' })).rejects.toThrow('Not an audit action');
  });

  it('the table refuses to change or delete what was recorded', async () => {
    await recordAudit(ctx(), { action: 'SIGNED_OUT' });
    await expect(dataSource.query("UPDATE audit_event SET actor_id = 'someone else'")).rejects.toThrow(/append-only/);
    await expect(dataSource.query('DELETE FROM audit_event')).rejects.toThrow(/append-only/);
  });
});
