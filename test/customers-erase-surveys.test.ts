// Erasing a customer also erases their identifiers and written answers in the survey tables, while
// the ratings (and so the figures) stay.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLink, createSurvey, session } from './surveys-fixtures.ts';
import { createTestOrg, startTestApp, type TestApp } from './support/test-app.ts';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp();
});
afterAll(() => testApp.close());

describe('erasing a customer who answered a survey', () => {
  it('removes identifiers and free text from their survey responses and keeps the ratings', async () => {
    const org = await createTestOrg(testApp);
    const owner = await org.as('owner');
    const survey = await createSurvey(owner);
    const link = await createLink(owner, survey.id, { channel: 'email', identifiers: { email: 'wang.fang@example.com' } });
    const submitted = await testApp.app.inject({
      method: 'POST',
      url: `/s/${link.token}/responses`,
      headers: { 'content-type': 'application/json' },
      payload: { answers: { nps: 4, why: '王芳：交付拖了三周，电话 13900001111', topics: ['delivery'] }, completed: true, session: session('erase') },
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const { rows: [response] } = await testApp.pool.query(`SELECT feedback_id, identifiers FROM survey_responses WHERE org_id = $1`, [org.orgId]);
    expect(response.identifiers).toMatchObject({ email: 'wang.fang@example.com' });
    const { rows: [item] } = await testApp.pool.query(`SELECT customer_id FROM feedback WHERE id = $1`, [response.feedback_id]);
    expect(item.customer_id).toBeTruthy();

    const erased = await owner.post(`/api/v1/customers/${item.customer_id}/erase`, { text: 'remove' });
    expect(erased.statusCode, erased.body).toBe(200);

    const { rows: [after] } = await testApp.pool.query(`SELECT answers, identifiers FROM survey_responses WHERE org_id = $1`, [org.orgId]);
    expect(after.identifiers).toEqual({});
    expect(after.answers).toEqual({ nps: 4, topics: ['delivery'] });
    const { rows: [audit] } = await testApp.pool.query(`SELECT details FROM audit_log WHERE org_id = $1 AND action = 'customer.erased'`, [org.orgId]);
    expect(audit.details.survey_responses).toBe(1);
  });
});
