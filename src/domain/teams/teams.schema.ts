// Input shapes for teams.
import { z } from 'zod';

export const teamNameSchema = z.string().trim().min(1).max(100);
export const teamInputSchema = z.object({ name: teamNameSchema }).strict();
export const teamMembersSchema = z.object({ user_ids: z.array(z.uuid()).max(1000) }).strict();
export const teamLeadsSchema = z.object({ user_ids: z.array(z.uuid()).max(1000) }).strict();
