// Who may do what with a list. Every signed-in role reads and edits the lists of its organisation;
// deleting a list and managing its share links (which open it to people outside) is for AGENCY and
// ADMIN, and for a MARKETER on the lists they created. Pure.

export function canManageList(user: { id: string; role: string }, createdById: string | null): boolean {
  if (user.role === "AGENCY" || user.role === "ADMIN") return true;
  return createdById !== null && createdById === user.id;
}
