// Inputs of the identity use cases.
import { z } from 'zod';

export const mergeCustomersSchema = z
  .object({
    /** The profile that stays; the other one is folded into it (and can be split off again). */
    survivor_id: z.uuid(),
    absorbed_id: z.uuid(),
  })
  .strict()
  .refine((input) => input.survivor_id !== input.absorbed_id, { message: 'must differ from survivor_id', path: ['absorbed_id'] });
