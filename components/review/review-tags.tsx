import type { Maturity } from '@/lib/assessments/scoring';
import { maturityLabel } from '@/lib/assessments/maturity-labels';
import type { AnswerChange } from '@/lib/review/answer-change';
import { ANSWER_CHANGE_LABELS } from '@/lib/review/answer-change';
import {
  ASSURANCE_LEVEL_LABELS,
  CHALLENGE_STATUS_LABELS,
  MOVEMENT_LABELS,
  type AssuranceLevel,
  type ChallengeStatus,
  type Movement,
} from '@/lib/review/labels';

// Tags always carry their meaning in words; the colour only repeats it.

type Colour = 'grey' | 'blue' | 'green' | 'purple' | 'yellow' | 'orange' | 'red' | 'aqua-green' | 'white';

function Tag({ colour, children }: Readonly<{ colour: Colour; children: string }>) {
  return <strong className={`nhsuk-tag nhsuk-tag--${colour}`}>{children}</strong>;
}

const MATURITY_COLOURS: Readonly<Record<Maturity, Colour>> = {
  'not-started': 'grey',
  emerging: 'orange',
  developing: 'yellow',
  maturing: 'aqua-green',
  thriving: 'green',
};

export function MaturityTag({ maturity }: Readonly<{ maturity: Maturity }>) {
  return <Tag colour={MATURITY_COLOURS[maturity]}>{maturityLabel(maturity)}</Tag>;
}

const CHANGE_COLOURS: Readonly<Record<AnswerChange, Colour>> = {
  improved: 'green',
  unchanged: 'grey',
  worse: 'red',
  'newly-answered': 'blue',
  'no-longer-answered': 'orange',
  'still-unanswered': 'white',
  'not-recorded': 'white',
};

export function ChangeTag({ change }: Readonly<{ change: AnswerChange }>) {
  return <Tag colour={CHANGE_COLOURS[change]}>{ANSWER_CHANGE_LABELS[change]}</Tag>;
}

const MOVEMENT_COLOURS: Readonly<Record<Movement, Colour>> = { up: 'green', same: 'grey', down: 'red' };

export function MovementTag({ movement }: Readonly<{ movement: Movement }>) {
  return <Tag colour={MOVEMENT_COLOURS[movement]}>{MOVEMENT_LABELS[movement]}</Tag>;
}

const CHALLENGE_COLOURS: Readonly<Record<ChallengeStatus, Colour>> = { open: 'orange', answered: 'blue', closed: 'grey' };

export function ChallengeStatusTag({ status }: Readonly<{ status: ChallengeStatus }>) {
  return <Tag colour={CHALLENGE_COLOURS[status]}>{CHALLENGE_STATUS_LABELS[status]}</Tag>;
}

const ASSURANCE_COLOURS: Readonly<Record<AssuranceLevel, Colour>> = { assured: 'green', partially_assured: 'yellow', not_assured: 'red' };

export function AssuranceTag({ level }: Readonly<{ level: AssuranceLevel }>) {
  return <Tag colour={ASSURANCE_COLOURS[level]}>{ASSURANCE_LEVEL_LABELS[level]}</Tag>;
}
