import { z } from 'zod';
import { derivedId, RecordId } from './ids.ts';
import { nameProblem, ShortText } from './text.ts';

/** The dots each partner spreads in a voting round: the coordinator chooses, 5 unless it says otherwise. */
export const DOT_BUDGET = { min: 1, max: 20, default: 5 } as const;

export const DotBudget = z.number().int().min(DOT_BUDGET.min).max(DOT_BUDGET.max);

/**
 * A voting round's name, "Regiotafel 12 maart 2027": what makes it one round everywhere, as the
 * vote's id is derived from it. So it is written as it is shown: visible, no control or bidi
 * characters, and no white space around it (a space more would be another round); nothing is
 * trimmed on reading, since what is validated is what was signed.
 */
export const RoundName = ShortText.check((ctx) => {
  const problem = nameProblem(ctx.value);
  if (problem !== null)
    ctx.issues.push({
      code: 'custom',
      input: ctx.value,
      message: problem === 'control' ? 'must not hold control characters or bidi controls' : 'must hold a visible character',
    });
  else if (ctx.value.trim() !== ctx.value) ctx.issues.push({ code: 'custom', input: ctx.value, message: 'must not begin or end with white space' });
});

/** Dots on one issue: at least one (an issue without dots is left out). */
export const IssueDots = z.strictObject({
  issueId: RecordId,
  dots: z.number().int().min(1).max(DOT_BUDGET.max),
});
export type IssueDots = z.infer<typeof IssueDots>;

/**
 * One partner's dots in one voting round ("stemmen met stippen" at the regiotafel): the round,
 * the voter, the dots it had to spread and where it put them, each issue once and no more than
 * the budget in all. Written by the voter on its own dashboard, or by the coordinator who enters
 * the votes in the room; either way it is the same record (`dotVoteId`) and the latest counts.
 *
 * The coordinator does not vote: its own record in a round (voter = itself, no dots) under the
 * opening's id (`dotRoundOpeningId`) opens the round and says its budget to every partner.
 */
export const DotVoteBody = z
  .strictObject({
    round: RoundName,
    voterPartnerId: RecordId,
    budget: DotBudget,
    /** Bounded by the budget: every entry holds a dot at least. */
    dots: z.array(IssueDots).max(DOT_BUDGET.max),
  })
  .check((ctx) => {
    const { budget, dots } = ctx.value;
    const total = dots.reduce((sum, entry) => sum + entry.dots, 0);
    if (total > budget) ctx.issues.push({ code: 'custom', input: dots, path: ['dots'], message: `spreads ${total} dots, more than its budget of ${budget}` });
    if (new Set(dots.map((entry) => entry.issueId)).size !== dots.length)
      ctx.issues.push({ code: 'custom', input: dots, path: ['dots'], message: 'names an issue twice' });
  });
export type DotVoteBody = z.infer<typeof DotVoteBody>;

/**
 * A vote's id is derived from its round and its voter: a partner has one vote per round, whether it
 * voted itself or the coordinator entered it, and voting again is a new version of it.
 */
export function dotVoteId(round: string, voterPartnerId: RecordId): RecordId {
  return derivedId('dot-vote', round, voterPartnerId);
}

/**
 * A round's opening takes its id from the round and its writer, who is its voter: another partner
 * cannot write a version of a coordinator's opening (its writer would give another id), so none can
 * close or change a round by writing over it. This changed the format of bundle version 10 before
 * that version was released to anyone; no bundle holds an opening under the vote's id.
 */
export function dotRoundOpeningId(round: string, writerPartnerId: RecordId): RecordId {
  return derivedId('dot-round-opening', round, writerPartnerId);
}

/** Whether a vote record is a round's opening: under the opening's id, by its voter. */
export function isRoundOpening(record: { readonly id: string; readonly origin: string; readonly body: DotVoteBody }): boolean {
  return record.origin === record.body.voterPartnerId && record.id === dotRoundOpeningId(record.body.round, record.origin);
}
