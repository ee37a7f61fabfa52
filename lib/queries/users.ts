import { prisma } from "@/lib/db/client";

export async function findUserForLogin(email: string) {
  return prisma.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      passwordHash: true,
      organizationId: true,
      organization: { select: { name: true } },
    },
  });
}
