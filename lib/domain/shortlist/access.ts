// Who may do what with a list. Every signed-in role reads and edits the lists of its organisation;
// deleting a list is for AGENCY and ADMIN, and for a MARKETER on the lists they created. Managing
// share links (which open a list to people outside) is for AGENCY and ADMIN only: a MARKETER who
// could share the lists they created could share any list by duplicating it first. Pure.

/** Deleting a list (and its settings' delete button). */
export function canManageList(user: { id: string; role: string }, createdById: string | null): boolean {
  if (canManageShareLinks(user)) return true;
  return createdById !== null && createdById === user.id;
}

/** Creating, listing and revoking a list's share links: AGENCY and ADMIN, whoever created the list. */
export function canManageShareLinks(user: { role: string }): boolean {
  return user.role === "AGENCY" || user.role === "ADMIN";
}
