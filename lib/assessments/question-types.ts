import type { DomainNumber } from '../catalogue/domains';

// What each answer means for one particular question, so people answering
// don't have to guess where "partial" ends and "yes" begins.
export type AnswerGuidance = {
  yes: string;
  partial: string;
  no: string;
};

export type AssessmentQuestion = {
  ref: string;
  domain: DomainNumber;
  text: string;
  hint: string;
  guidance: AnswerGuidance;
  allowsPartial: boolean;
};
