import { http, seg } from './http.ts';
import type { ApiKey, CreatedApiKey, ListResponse } from './types.ts';

export const listApiKeys = () => http.get<ListResponse<ApiKey>>('/api-keys');
export const createApiKey = (name: string) => http.post<CreatedApiKey>('/api-keys', { name });
export const revokeApiKey = (id: string) => http.delete(`/api-keys/${seg(id)}`);
