import { nameWithJobTitle } from '@/lib/format/person-names';
import type { BoardMemberRefDto } from '@/lib/objectives/objective-dto';

/** "Helen Marsh, Chief People Officer": a person by name and job title, marked when they have left. */
export function ownerLabel(member: Pick<BoardMemberRefDto, 'name' | 'jobTitle'> & Partial<Pick<BoardMemberRefDto, 'hasLeft'>>): string {
  const named = nameWithJobTitle(member, { omitBlankJobTitle: true });
  return member.hasLeft ? `${named} (has left)` : named;
}
