import { formatDateTime } from '@/lib/format/dates';

/** "by Helen Marsh on 1 May 2025 at 2:05pm", or undefined for an answer nobody has saved. */
export function savedByText(answer: Readonly<{ updatedById: string | null; updatedByName: string | null; updatedAt: Date }>): string | undefined {
  if (!answer.updatedById) return undefined;
  return `By ${answer.updatedByName ?? 'someone who has since left the trust'} on ${formatDateTime(new Date(answer.updatedAt))}`;
}
