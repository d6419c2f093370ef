import { open, seal } from "../../core/pii-cipher";

/**
 * 联系电话 of a 承办单位 / 集体用户: often the contact person's own mobile, so it is sealed at rest like a
 * member's (core/pii-cipher.ts). Written and read only here; staff who manage the units see it in full.
 */
export const sealContactPhone = (plain: string | null | undefined): string | null | undefined =>
  plain ? seal("org_unit.contact_phone", plain) : plain;
export const openContactPhone = (stored: string | null): string | null => (stored ? open("org_unit.contact_phone", stored) : stored);
