import type { BoardMemberRefDto } from '@/lib/objectives/objective-dto';

/** "Helen Marsh, Chief People Officer": a person by name and job title, marked when they have left. */
export function ownerLabel(member: Pick<BoardMemberRefDto, 'name' | 'jobTitle'> & Partial<Pick<BoardMemberRefDto, 'hasLeft'>>): string {
  const named = member.jobTitle.trim() === '' ? member.name : `${member.name}, ${member.jobTitle}`;
  return member.hasLeft ? `${named} (has left)` : named;
}
