import { CIRCLE_KIND_LABELS, type CircleKind } from "@zhzx/shared";

export const kindLabel = (k: CircleKind) => CIRCLE_KIND_LABELS[k];
export const kindColor = (k: CircleKind) => (k === "SPECIAL_COMMITTEE" ? "primary" : k === "SECTOR" ? "success" : "warning");
