import { z } from 'zod';

export const peerOptInSchema = z.object({
  optIn: z.enum(['yes', 'no'], { error: 'Select whether this trust takes part in peer comparison' }).transform((value) => value === 'yes'),
});
export type PeerOptInInput = z.output<typeof peerOptInSchema>;
