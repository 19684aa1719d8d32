// The dashboard's client for surveys: builder CRUD, links and QR codes, responses, distributions and
// the delivery settings.
import type { SurveyDefinition } from '../../../src/domain/surveys/survey-flow.ts';
import { http, seg } from './http.ts';
import type { ListResponse } from './types.ts';

export type { Question, QuestionType, SkipRule, SurveyDefinition, Texts } from '../../../src/domain/surveys/survey-flow.ts';
export type SurveyStatus = 'draft' | 'open' | 'closed';

export interface Survey {
  id: string;
  name: string;
  touchpoint_id: string | null;
  status: SurveyStatus;
  availability: 'open' | 'not_open' | 'closed';
  opens_at: string | null;
  closes_at: string | null;
  definition: SurveyDefinition;
  response_count: number;
  completed_count: number;
  kiosk_path: string;
  created_at: string;
  updated_at: string;
}

export interface SurveyInput {
  name?: string;
  touchpoint_id?: string | null;
  status?: SurveyStatus;
  opens_at?: string | null;
  closes_at?: string | null;
  definition?: SurveyDefinition;
}

export interface SurveyResponse {
  id: string;
  channel: string;
  lang: string;
  personal: boolean;
  answers: Record<string, unknown>;
  identifiers: Record<string, string>;
  feedback_id: string | null;
  started_at: string;
  completed_at: string | null;
}

export interface Distribution {
  id: string;
  channel: 'email' | 'sms';
  subject: string;
  lang: string;
  per_minute: number;
  reminder_after_hours: number | null;
  created_at: string;
  counts: { total: number; sent: number; opted_out: number; failed: number; opened: number; started: number; completed: number };
}

export interface DistributionInput {
  channel: 'email' | 'sms';
  recipients: Array<{ address: string; identifiers?: Record<string, string> }>;
  subject?: string;
  template?: string;
  lang: 'en' | 'zh-CN';
  per_minute: number;
  reminder_after_hours?: number | null;
}

export interface SurveySettings {
  public_url: string | null;
  smtp: { host: string; port: number; secure: boolean; user: string; from: string; password_set: boolean } | null;
  sms: { url: string; header_names: string[]; body_template: string } | null;
}

export interface SurveySettingsInput {
  public_url?: string | null;
  smtp?: { host: string; port: number; secure: boolean; user?: string; password?: string; from: string } | null;
  sms?: { url: string; headers?: Record<string, string>; body_template: string } | null;
}

export const listSurveys = () => http.get<ListResponse<Survey>>('/surveys');
export const getSurvey = (id: string) => http.get<Survey>(`/surveys/${seg(id)}`);
export const createSurvey = (input: SurveyInput) => http.post<Survey>('/surveys', input);
export const updateSurvey = (id: string, input: SurveyInput) => http.patch<Survey>(`/surveys/${seg(id)}`, input);
export const deleteSurvey = (id: string) => http.delete(`/surveys/${seg(id)}`);
export const listResponses = (id: string) => http.get<ListResponse<SurveyResponse>>(`/surveys/${seg(id)}/responses`);
export const responsesCsvUrl = (id: string) => `/api/v1/surveys/${seg(id)}/responses?format=csv`;
export const createLink = (id: string, input: { channel: string; identifiers?: Record<string, string> }) =>
  http.post<{ url: string; token: string; personal: boolean }>(`/surveys/${seg(id)}/links`, input);
export const qrUrl = (id: string, format: 'png' | 'svg', channel = 'store') => `/api/v1/surveys/${seg(id)}/qr?format=${format}&channel=${seg(channel)}`;
export const listDistributions = (id: string) => http.get<ListResponse<Distribution>>(`/surveys/${seg(id)}/distributions`);
export const createDistribution = (id: string, input: DistributionInput) => http.post<Distribution>(`/surveys/${seg(id)}/distributions`, input);
export const getSurveySettings = () => http.get<SurveySettings>('/survey-settings');
export const saveSurveySettings = (input: SurveySettingsInput) => http.put<SurveySettings>('/survey-settings', input);
