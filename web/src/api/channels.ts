import { http, seg } from './http.ts';
import type { Channel, ChannelKind, ListResponse } from './types.ts';

export interface ChannelInput {
  name_en?: string;
  name_zh?: string;
  kind?: ChannelKind;
}

export const listChannels = () => http.get<ListResponse<Channel>>('/channels');

export const createChannel = (input: ChannelInput & { key: string; kind: ChannelKind }) =>
  http.post<Channel>('/channels', input);

export const updateChannel = (key: string, input: ChannelInput) =>
  http.patch<Channel>(`/channels/${seg(key)}`, input);

export const deleteChannel = (key: string) => http.delete(`/channels/${seg(key)}`);
