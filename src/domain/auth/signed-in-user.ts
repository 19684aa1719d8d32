// What the dashboard needs to know about the person signed in.
import type { Role } from '../actor.ts';

export interface SignedInUser {
  user: { id: string; email: string; name: string; role: Role; locale: 'zh-CN' | 'en' };
  org: { id: string; name: string };
}
