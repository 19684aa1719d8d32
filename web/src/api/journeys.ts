import { http, seg } from './http.ts';
import type { Journey, JourneySummary, ListResponse, Metric, Stage, Touchpoint } from './types.ts';

export interface JourneyInput {
  name_en?: string;
  name_zh?: string;
  description?: string;
}

export interface StageInput {
  name_en?: string;
  name_zh?: string;
  position?: number;
}

export interface TouchpointInput {
  name_en?: string;
  name_zh?: string;
  channel: string;
  metrics: Metric[];
}

export const listJourneys = () => http.get<ListResponse<JourneySummary>>('/journeys');
export const getJourney = (id: string) => http.get<Journey>(`/journeys/${seg(id)}`);
export const createJourney = (input: JourneyInput) => http.post<JourneySummary>('/journeys', input);
export const updateJourney = (id: string, input: JourneyInput) =>
  http.patch<unknown>(`/journeys/${seg(id)}`, input);
export const deleteJourney = (id: string) => http.delete(`/journeys/${seg(id)}`);

export const createStage = (journeyId: string, input: StageInput) =>
  http.post<Stage>(`/journeys/${seg(journeyId)}/stages`, input);
export const updateStage = (id: string, input: StageInput) => http.patch<unknown>(`/stages/${seg(id)}`, input);
export const deleteStage = (id: string) => http.delete(`/stages/${seg(id)}`);

export const createTouchpoint = (stageId: string, input: TouchpointInput) =>
  http.post<Touchpoint>(`/stages/${seg(stageId)}/touchpoints`, input);
export const updateTouchpoint = (id: string, input: Partial<TouchpointInput> & { position?: number }) =>
  http.patch<unknown>(`/touchpoints/${seg(id)}`, input);
export const deleteTouchpoint = (id: string) => http.delete(`/touchpoints/${seg(id)}`);
