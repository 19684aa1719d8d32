// Ingestion remembers an organisation's channels and touchpoints for a few seconds instead of reading
// them on every request; an admin's change must still be honoured at once: a new channel or touchpoint
// is accepted by the next request, a deleted one refused as invalid (never a 500).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJourney, createStage, createTouchpoint, newOwner } from './support/journey-fixtures.ts';
import { startTestApp, type TestApp } from './support/test-app.ts';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp();
});
afterAll(() => testApp.close());

describe('channels and touchpoints remembered by ingestion', () => {
  it('accepts a channel created after the last read, and refuses one deleted since', async () => {
    const { owner, ingest } = await newOwner(testApp);
    // The first item makes ingestion read (and remember) the channels.
    expect((await ingest.post('/api/v1/feedback', { source: 'survey', channel: 'app', csat: 4 })).statusCode).toBe(201);

    expect((await owner.post('/api/v1/channels', { key: 'kiosk_9', name_en: 'Kiosk', kind: 'physical' })).statusCode).toBe(201);
    expect((await ingest.post('/api/v1/feedback', { source: 'survey', channel: 'kiosk_9', csat: 5 })).statusCode).toBe(201);

    expect((await owner.post('/api/v1/channels', { key: 'kiosk_10', name_en: 'Kiosk 10', kind: 'physical' })).statusCode).toBe(201);
    // An unknown name makes ingestion read the channels again, kiosk_10 among them…
    expect((await ingest.post('/api/v1/feedback', { source: 'survey', channel: 'nowhere', csat: 3 })).statusCode).toBe(400);
    expect((await owner.delete('/api/v1/channels/kiosk_10')).statusCode).toBe(204);
    // …then it is deleted: the item is refused by name, not by a database error.
    const refused = await ingest.post('/api/v1/feedback/batch', { items: [{ source: 'survey', channel: 'app', csat: 2 }, { source: 'survey', channel: 'kiosk_10', csat: 2 }] });
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.json().error.details).toEqual([{ path: 'items[1].channel', message: expect.stringContaining('"kiosk_10" is not a channel of this organisation') }]);
  });

  it('accepts a touchpoint created after the last read, and refuses one deleted since', async () => {
    const { owner, ingest } = await newOwner(testApp);
    const stage = await createStage(owner, (await createJourney(owner)).id, { name_en: 'Visit' });
    const kept = await createTouchpoint(owner, stage.id, { name_en: 'Kept', channel: 'app' });
    expect((await ingest.post('/api/v1/feedback', { source: 'survey', channel: 'app', touchpoint_id: kept.id, csat: 4 })).statusCode).toBe(201);

    const added = await createTouchpoint(owner, stage.id, { name_en: 'Added', channel: 'app' });
    expect((await ingest.post('/api/v1/feedback', { source: 'survey', channel: 'app', touchpoint_id: added.id, csat: 4 })).statusCode).toBe(201);

    const removed = await createTouchpoint(owner, stage.id, { name_en: 'Removed', channel: 'app' });
    // Remembered as existing by this successful check…
    const probe = await ingest.post('/api/v1/feedback/batch', { items: [{ source: 'survey', channel: 'nowhere', touchpoint_id: removed.id, csat: 1 }] });
    expect(probe.statusCode).toBe(400);
    expect((await owner.delete(`/api/v1/touchpoints/${removed.id}`)).statusCode).toBe(204);
    // …then deleted: the item is refused by name, not by a database error.
    const refused = await ingest.post('/api/v1/feedback', { source: 'survey', channel: 'app', touchpoint_id: removed.id, csat: 1 });
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.json().error.details).toEqual([{ path: 'touchpoint_id', message: 'no such touchpoint in this organisation' }]);
  });
});
