import { StorytellerRiskFlag } from './story.enums';

/**
 * Whether a storyteller is at risk: any risk flag, and a minor always. An at-risk story shows its
 * storyteller as "Anonymous" whatever the consent says, never serves an image showing them, refuses
 * consent that would show their name or image, and needs a second reviewer before publication.
 */
export function isAtRisk(story: { riskFlags: readonly string[]; isMinor: boolean }): boolean {
  return story.isMinor || story.riskFlags.length > 0;
}

/** The flags a story carries: those chosen, plus MINOR for a minor's story; each once, in a stable order. */
export function effectiveRiskFlags(flags: readonly StorytellerRiskFlag[], isMinor: boolean): StorytellerRiskFlag[] {
  const chosen = new Set<StorytellerRiskFlag>(flags);
  if (isMinor) chosen.add(StorytellerRiskFlag.MINOR);
  return Object.values(StorytellerRiskFlag).filter((flag) => chosen.has(flag));
}
