import { AppNav } from "@/components/layout/app-nav";
import { requirePageUser } from "@/lib/auth/guard";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageUser();
  return (
    <>
      <AppNav user={user} />
      <div className="mx-auto max-w-7xl px-4 py-6">{children}</div>
    </>
  );
}
