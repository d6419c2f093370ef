import { maskMobile } from "@zhzx/shared";
import { open, openBytes, seal, sealBytes } from "../../core/pii-cipher";

/**
 * The one place that reads and writes a member's mobile number, in member_profile.mobile and in the
 * old/new values of a change request: sealed at rest (pii-cipher.ts), opened only here.
 */
export const sealMobile = (plain: string): string => seal("member.mobile", plain);
export const openMobile = (stored: string): string => open("member.mobile", stored);

export const writeMobile = (plain: string): string => sealMobile(plain);
export const readMobile = (row: { mobile: string }): string => openMobile(row.mobile);
export const maskedMobile = (row: { mobile: string }): string => maskMobile(readMobile(row)) ?? "";

/** The member's photo bytes (member_photo.content): sealed at rest, opened only by the photo route. */
export const sealPhoto = (plain: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(sealBytes("member.photo", plain));
export const openPhoto = (stored: Uint8Array): Buffer => openBytes("member.photo", stored);
