// Input shapes for users, shared by the HTTP API (and its OpenAPI document) and the CLI.
import { z } from 'zod';
import { roles } from '../actor.ts';
import { MIN_PASSWORD_LENGTH } from '../auth/password.ts';

export const localeSchema = z.enum(['zh-CN', 'en']);
export const roleSchema = z.enum(roles);
export const emailSchema = z.string().trim().toLowerCase().pipe(z.email({ message: 'must be an e-mail address' })).pipe(z.string().max(254));
export const passwordSchema = z.string().min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`).max(200);
export const personNameSchema = z.string().trim().min(1).max(100);

export const createUserSchema = z.object({
  email: emailSchema,
  name: personNameSchema,
  password: passwordSchema,
  role: roleSchema,
  locale: localeSchema.default('zh-CN'),
});
export type CreateUserInput = z.input<typeof createUserSchema>;

export const updateUserSchema = z
  .object({
    name: personNameSchema.optional(),
    role: roleSchema.optional(),
    locale: localeSchema.optional(),
    disabled: z.boolean().optional(),
    password: passwordSchema.optional(),
  })
  .strict();
export type UpdateUserInput = z.input<typeof updateUserSchema>;
