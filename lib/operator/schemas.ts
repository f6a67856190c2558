import { z } from 'zod';
import { NHS_REGIONS, TRUST_TYPES } from '../trusts/labels';

export const createTrustSchema = z.object({
  name: z.string({ error: '--name is required' }).trim().min(3, '--name must be the trust’s full name').max(200),
  ods: z
    .string({ error: '--ods is required' })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9]{3,6}$/, '--ods must be 3 to 6 letters or digits, like RXX'),
  slug: z
    .string({ error: '--slug is required' })
    .trim()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, '--slug must be lower-case words joined by hyphens, like northfield-valley')
    .max(60),
  type: z.enum(TRUST_TYPES as [string, ...string[]], { error: `--type must be one of: ${TRUST_TYPES.join(', ')}` }),
  region: z.enum(NHS_REGIONS as [string, ...string[]], { error: `--region must be one of: ${NHS_REGIONS.join(', ')}` }),
  ics: z.string({ error: '--ics is required' }).trim().min(3, '--ics must name the integrated care system').max(200),
  adminEmail: z.string({ error: '--admin-email is required' }).trim().toLowerCase().email('--admin-email must be an email address'),
});
export type CreateTrustInput = z.output<typeof createTrustSchema>;

const emailOption = z.object({ email: z.string({ error: '--email is required' }).trim().toLowerCase().email('--email must be an email address') });
export const disableUserSchema = emailOption;
export const unlockUserSchema = emailOption;

export const exportTrustSchema = z.object({
  trust: z
    .string({ error: '--trust is required' })
    .trim()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, '--trust must be a trust slug: lower-case words joined by hyphens, like northfield-valley'),
  out: z
    .string({ error: '--out is required' })
    .trim()
    .regex(/\.zip$/i, '--out must name a .zip file, like northfield-valley-data.zip'),
});
export type ExportTrustInput = z.output<typeof exportTrustSchema>;
