import type { ShortlistStatus } from "@/lib/domain/shortlist";
import type { BadgeTone } from "@/components/ui/badge";

export const STATUS_LABEL: Record<ShortlistStatus, string> = {
  candidate: "Candidate", contacted: "Contacted", negotiating: "Negotiating", approved: "Approved", rejected: "Rejected", booked: "Booked",
};
export const STATUS_TONE: Record<ShortlistStatus, BadgeTone> = {
  candidate: "slate", contacted: "blue", negotiating: "violet", approved: "green", rejected: "red", booked: "amber",
};
