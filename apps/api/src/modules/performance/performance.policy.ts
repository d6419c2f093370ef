import type { Viewer } from "../../context/viewer";
import { Forbidden } from "../../core/errors";

/** Who may do what to which performance record: the only place that decides. */

/** A staff member who is also a member never scores or reviews their own record. */
export function assertNotOwnRecord(viewer: Viewer, member: { userId: string | null }, message: string) {
  if (member.userId && member.userId === viewer.userId) throw Forbidden(message);
}

/** A member reaches only their own materials; anything else looks like it does not exist. */
export const isOwnMaterial = (ownMemberId: string, material: { memberId: string }) => material.memberId === ownMemberId;
