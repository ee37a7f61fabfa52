import { requirePageUser } from "@/lib/auth/guard";
import { ADMIN_ONLY } from "@/lib/auth/roles";

// The role check lives here, above loading.tsx: a check inside the streamed page would come after
// the 200 status was sent, and a marketer would get a bare "403" with status 200 instead of the 403 page.
export default async function ImportsLayout({ children }: { children: React.ReactNode }) {
  await requirePageUser(ADMIN_ONLY, "/admin/imports");
  return children;
}
