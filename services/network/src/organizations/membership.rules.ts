import { badUserInput } from '@best/kit';
import { MembershipStage } from './organization.enums';

/**
 * The membership pipeline: identified → contacted → invited → member, with declined as a way out
 * of the first three steps (and back to contacted when they get in touch again), and inactive for
 * a member that stopped (and back to member when it restarts).
 */
export const MEMBERSHIP_MOVES: Readonly<Record<MembershipStage, readonly MembershipStage[]>> = {
  [MembershipStage.IDENTIFIED]: [MembershipStage.CONTACTED, MembershipStage.DECLINED],
  [MembershipStage.CONTACTED]: [MembershipStage.INVITED, MembershipStage.DECLINED],
  [MembershipStage.INVITED]: [MembershipStage.MEMBER, MembershipStage.DECLINED],
  [MembershipStage.MEMBER]: [MembershipStage.INACTIVE],
  [MembershipStage.DECLINED]: [MembershipStage.CONTACTED],
  [MembershipStage.INACTIVE]: [MembershipStage.MEMBER],
};

/** Every organisation enters the pipeline here. */
export const FIRST_STAGE = MembershipStage.IDENTIFIED;

export const allowedMoves = (from: MembershipStage): readonly MembershipStage[] => MEMBERSHIP_MOVES[from];

export const isAllowedMove = (from: MembershipStage, to: MembershipStage): boolean =>
  MEMBERSHIP_MOVES[from].includes(to);

/** Refuses a move the pipeline does not allow, naming the moves it does. */
export function assertAllowedMove(name: string, from: MembershipStage, to: MembershipStage): void {
  if (isAllowedMove(from, to)) return;
  const allowed = allowedMoves(from);
  const options = allowed.length === 1 ? allowed[0] : `${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)}`;
  const error = badUserInput(`${name} is ${from}: it can move to ${options}, not to ${to}.`, [
    { field: 'toStage', message: `must be ${options} for an organisation that is ${from}` },
  ]);
  Object.assign(error.extensions, { fromStage: from, toStage: to, allowedStages: [...allowed] });
  throw error;
}
