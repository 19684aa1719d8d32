import { http } from './http.ts';
import type { Session } from './types.ts';

export const login = (email: string, password: string) =>
  http.post<Session>('/auth/login', { email, password });

export const fetchSession = () => http.get<Session>('/auth/me');

export const logout = () => http.post<void>('/auth/logout');
