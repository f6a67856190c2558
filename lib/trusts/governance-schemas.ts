import { z } from 'zod';
import { COMMITTEE_MAX_LENGTH, REPORTING_FREQUENCY_IDS, STATEMENT_EDITION_IDS } from './governance-options';

export const governanceSettingsSchema = z.object({
  oversightCommittee: z
    .string({ error: 'Enter the name of the committee that oversees this work' })
    .trim()
    .min(1, 'Enter the name of the committee that oversees this work')
    .max(COMMITTEE_MAX_LENGTH, `Committee name must be ${COMMITTEE_MAX_LENGTH} characters or fewer`),
  boardReportingFrequency: z.enum(REPORTING_FREQUENCY_IDS, { error: 'Select how often the committee reports to the board' }),
  statementEdition: z.enum(STATEMENT_EDITION_IDS, { error: 'Select the edition of NHS England’s statement the report reviews against' }),
});
export type GovernanceSettingsInput = z.output<typeof governanceSettingsSchema>;
