import { MATERIAL_STATUS_LABELS, type MaterialAttachment, type MaterialStatus } from "@zhzx/shared";
import type { Prisma } from "../../generated/prisma/client";
import type { PerformanceBonusType, PerformanceMaterialType } from "./materials.types";
import { dateOnly } from "./scoring/periods";

type Named = { member: { id: string; name: string } };

export const presentBonus = (b: Prisma.PerformanceBonusGetPayload<object> & Named): PerformanceBonusType => ({
  id: b.id,
  member: b.member,
  points: Number(b.points),
  reason: b.reason,
  occurredOn: dateOnly(b.occurredOn),
  createdByName: b.createdByName,
  createdAt: b.createdAt,
  revoked: !!b.revokedAt,
  revokedAt: b.revokedAt,
  revokedByName: b.revokedByName,
  revokeReason: b.revokeReason,
});

export const presentMaterial = (m: Prisma.PerformanceMaterialGetPayload<object> & Named): PerformanceMaterialType => ({
  id: m.id,
  member: m.member,
  title: m.title,
  content: m.content,
  occurredOn: dateOnly(m.occurredOn),
  attachments: (m.attachments as MaterialAttachment[]).map((a) => ({ name: a.name, size: a.size, contentType: a.contentType ?? null, url: a.url ?? null })),
  status: m.status as MaterialStatus,
  statusLabel: MATERIAL_STATUS_LABELS[m.status as MaterialStatus],
  enteredByStaff: m.enteredByStaff,
  submittedAt: m.submittedAt,
  reviewerName: m.reviewerName,
  reviewedAt: m.reviewedAt,
  returnReason: m.returnReason,
  updatedAt: m.updatedAt,
});
