import { http, seg } from './http.ts';
import type { ListResponse, Role, Team, User } from './types.ts';

export interface NewUserInput {
  email: string;
  name: string;
  password: string;
  role: Role;
  locale?: string;
}

export interface UserChanges {
  name?: string;
  role?: Role;
  disabled?: boolean;
  locale?: string;
}

export const listUsers = () => http.get<ListResponse<User>>('/users');
export const createUser = (input: NewUserInput) => http.post<User>('/users', input);
export const updateUser = (id: string, changes: UserChanges) => http.patch<User>(`/users/${seg(id)}`, changes);

export const listTeams = () => http.get<ListResponse<Team>>('/teams');
export const createTeam = (name: string) => http.post<Team>('/teams', { name });
export const renameTeam = (id: string, name: string) => http.patch<Team>(`/teams/${seg(id)}`, { name });
export const deleteTeam = (id: string) => http.delete(`/teams/${seg(id)}`);
export const setTeamMembers = (id: string, userIds: string[]) =>
  http.put<unknown>(`/teams/${seg(id)}/members`, { user_ids: userIds });
