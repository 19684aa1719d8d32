// Journey, stage and touchpoint fixtures and error assertions shared by the journeys and channels API tests.
import { expect } from 'vitest';
import { apiKeyClient, createTestOrg, type Client, type TestApp } from './test-app.ts';
export { expectError } from './expect-error.ts';

export const DEFAULT_CHANNELS = ['website', 'app', 'mini_program', 'store', 'call_centre', 'wechat', 'alipay', 'sms', 'email', 'social'];

export async function newOwner(testApp: TestApp): Promise<{ owner: Client; ingest: Client }> {
  const org = await createTestOrg(testApp);
  return { owner: await org.as('owner'), ingest: apiKeyClient(testApp.app, await org.apiKey()) };
}

export async function createJourney(owner: Client, body: object = { name_en: 'Purchase', name_zh: '购买' }) {
  const response = await owner.post('/api/v1/journeys', body);
  expect(response.statusCode).toBe(201);
  return response.json();
}

export async function createStage(owner: Client, journeyId: string, body: object) {
  const response = await owner.post(`/api/v1/journeys/${journeyId}/stages`, body);
  expect(response.statusCode).toBe(201);
  return response.json();
}

export async function createTouchpoint(owner: Client, stageId: string, body: object) {
  const response = await owner.post(`/api/v1/stages/${stageId}/touchpoints`, body);
  expect(response.statusCode).toBe(201);
  return response.json();
}

export async function tree(owner: Client, journeyId: string) {
  const response = await owner.get(`/api/v1/journeys/${journeyId}`);
  expect(response.statusCode).toBe(200);
  return response.json();
}

export const stageOrder = async (owner: Client, journeyId: string) =>
  (await tree(owner, journeyId)).stages.map((stage: { name_en: string; position: number }) => [stage.name_en, stage.position]);

export const touchpointOrder = async (owner: Client, journeyId: string, stageId: string) =>
  (await tree(owner, journeyId)).stages
    .find((stage: { id: string }) => stage.id === stageId)
    .touchpoints.map((touchpoint: { name_en: string; position: number }) => [touchpoint.name_en, touchpoint.position]);

