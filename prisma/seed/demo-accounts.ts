// The demo's organisations and sign-ins (also listed in the README and printed by `npm run demo`).
import type { NicheId } from "../../lib/domain/niches";
import type { Platform } from "../../lib/domain/types";

export const DEMO_PASSWORD = "demo-password";

type DemoOrg = {
  id: string;
  name: string;
  slug: string;
  users: { id: string; email: string; name: string; role: "ADMIN" | "AGENCY" | "MARKETER" }[];
  briefs: { id: string; name: string; niches: { id: NicheId; weight: number }[]; keywords: string[]; countries: string[]; languages: string[]; platforms: Platform[]; budget: number }[];
  // The list is read against the organisation's first brief; `archived` lists show under "Archived".
  shortlists: { id: string; name: string; description: string; niches: NicheId[]; size: number; archived?: boolean }[];
};

export const DEMO_ORGS: DemoOrg[] = [
  {
    id: "org_acme",
    name: "Acme Brands",
    slug: "acme",
    users: [
      { id: "user_acme_admin", email: "admin@example.com", name: "Ada Admin", role: "ADMIN" },
      { id: "user_acme_agency", email: "agency@example.com", name: "Gus Agency", role: "AGENCY" },
      { id: "user_acme_marketer", email: "marketer@example.com", name: "Mara Marketer", role: "MARKETER" },
    ],
    briefs: [
      {
        id: "brief_acme_skincare", name: "Spring skincare launch",
        niches: [{ id: "beauty", weight: 3 }, { id: "health", weight: 1 }],
        keywords: ["skincare", "routine"], countries: ["US", "GB"], languages: ["en"], platforms: ["instagram", "tiktok"], budget: 20_000,
      },
    ],
    shortlists: [
      { id: "sl_acme_beauty", name: "Skincare launch picks", description: "First pass for the spring launch", niches: ["beauty"], size: 8 },
      { id: "sl_acme_autumn", name: "Autumn wellness (2025)", description: "Last year's campaign, kept for reference", niches: ["health"], size: 4, archived: true },
    ],
  },
  {
    id: "org_northwind",
    name: "Northwind Agency",
    slug: "northwind",
    users: [
      { id: "user_nw_agency", email: "agency@northwind.example", name: "Nora Northwind", role: "AGENCY" },
      { id: "user_nw_marketer", email: "marketer@northwind.example", name: "Nils Northwind", role: "MARKETER" },
    ],
    briefs: [
      {
        id: "brief_nw_gaming", name: "Esports headset (DACH)",
        niches: [{ id: "gaming", weight: 2 }, { id: "tech", weight: 1 }],
        keywords: ["headset", "fps"], countries: ["DE", "AT", "CH"], languages: ["de"], platforms: ["twitch", "youtube"], budget: 50_000,
      },
    ],
    shortlists: [{ id: "sl_nw_gaming", name: "Gaming picks", description: "Streamers for the headset campaign", niches: ["gaming"], size: 5 }],
  },
];
