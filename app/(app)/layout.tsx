import { AppNav } from "@/components/layout/app-nav";
import { requirePageUser } from "@/lib/auth/guard";
import { countUnreadAlerts } from "@/lib/queries/alerts";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageUser();
  const unreadAlerts = await countUnreadAlerts(user.organizationId);
  return (
    <>
      <AppNav user={user} unreadAlerts={unreadAlerts} />
      <div className="mx-auto max-w-7xl px-4 py-6">{children}</div>
    </>
  );
}
