import { maskMobile, MEMBER_FIELD_LABELS, type ChangeRequestStatus } from "@zhzx/shared";
import type { MemberChangeRequestType } from "./change-requests.types";
import { openMobile } from "./member-pii";
import type { FieldChange } from "./profile-changes";

type Row = {
  id: string;
  memberId: string;
  status: string;
  changes: unknown;
  submittedAt: Date;
  reviewedAt: Date | null;
  reviewerName: string | null;
  rejectReason: string | null;
  member: { name: string };
};

/**
 * Staff see the old number masked and the new one in full (they must check what they approve); the
 * member sees both in full (it is their own number).
 */
export function presentChangeRequest(r: Row, audience: "staff" | "self"): MemberChangeRequestType {
  const changes = (r.changes as FieldChange[]).map((c) => {
    if (c.field !== "mobile") return { field: c.field, label: MEMBER_FIELD_LABELS[c.field], from: c.fromText, to: c.toText };
    // Phone numbers are stored sealed (member-pii.ts), their texts are never stored.
    const from = c.from === null ? null : openMobile(c.from);
    return { field: c.field, label: MEMBER_FIELD_LABELS[c.field], from: audience === "staff" ? maskMobile(from) : from, to: c.to === null ? null : openMobile(c.to) };
  });
  return {
    id: r.id,
    memberId: r.memberId,
    memberName: r.member.name,
    status: r.status as ChangeRequestStatus,
    changes,
    submittedAt: r.submittedAt,
    reviewedAt: r.reviewedAt,
    reviewerName: r.reviewerName,
    rejectReason: r.rejectReason,
  };
}
