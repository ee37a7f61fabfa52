// A generated export written with a decimal comma (issue 20: the mapping step's hint showed the other
// reading, "median 396.1M"): follower counts grouped with dots ("1.234.567"), average views per video
// with a comma and one to three decimals ("396,125", "12,5"), so some cells read both ways. `views`
// holds the true averages, for the checks. Nothing is copied from a real file.
import { bigCount, handle, int, rng } from "./values";

export function decimalCommaFile(seed: number, n = 81): { text: string; views: number[] } {
  const r = rng(seed);
  const lines = ["Kanal,Abonnenten,Durchschnittliche Aufrufe"];
  const views: number[] = [];
  for (let i = 0; i < n; i++) {
    const digits = int(r, 1, 3);
    const whole = int(r, 20, 999);
    const frac = String(int(r, 0, 10 ** digits - 1)).padStart(digits, "0");
    views.push(Number(`${whole}.${frac}`));
    lines.push(`${handle(r, "youtube", i)},"${bigCount(r, 50_000, 9_000_000).toLocaleString("de-DE")}","${whole},${frac}"`);
  }
  return { text: lines.join("\n") + "\n", views };
}
