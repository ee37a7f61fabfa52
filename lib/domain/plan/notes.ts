// What the planner left out, in plain words ("12 creators in the pool have no price and were left out.").
import { formatInteger } from "../format";
import type { Exclusions, PlanGoal } from "./pool";

const creators = (n: number) => `${formatInteger(n)} ${n === 1 ? "creator" : "creators"} in the pool`;
const has = (n: number) => (n === 1 ? "has" : "have");
const is = (n: number) => (n === 1 ? "is" : "are");
const were = (n: number) => (n === 1 ? "was" : "were");

export function exclusionNotes(x: Exclusions, goal: PlanGoal, minAuthenticity: number | null): string[] {
  const notes: string[] = [];
  if (x.clientRejected) notes.push(`${creators(x.clientRejected)} ${were(x.clientRejected)} rejected by the client through a share link and ${were(x.clientRejected)} left out.`);
  if (x.teamRejected) notes.push(`${creators(x.teamRejected)} ${were(x.teamRejected)} marked rejected on the list and ${were(x.teamRejected)} left out.`);
  if (x.noPrice) notes.push(`${creators(x.noPrice)} ${has(x.noPrice)} no price and were left out.`);
  if (x.otherCurrency) notes.push(`${creators(x.otherCurrency)} ${is(x.otherCurrency)} priced in another currency than USD (not converted) and were left out.`);
  if (x.platform) notes.push(`${creators(x.platform)} ${is(x.platform)} on other platforms than the ones chosen and were left out.`);
  if (x.lowAuthenticity) notes.push(`${creators(x.lowAuthenticity)} ${has(x.lowAuthenticity)} an authenticity below ${minAuthenticity} and were left out.`);
  if (x.unknownAuthenticity) notes.push(`${creators(x.unknownAuthenticity)} ${has(x.unknownAuthenticity)} no authenticity score, so they cannot be shown to meet the minimum, and were left out.`);
  if (x.noEngagementData) {
    notes.push(`${creators(x.noEngagementData)} ${has(x.noEngagementData)} no engagement data: the ${goal} goal needs it, so they were left out (the reach goal can still plan them).`);
  }
  return notes;
}
