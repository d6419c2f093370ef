import { maskMobile } from "@zhzx/shared";

/**
 * The one place that reads and writes a member's mobile number, in member_profile.mobile and in the
 * old/new values of a change request. Encryption at rest is a later issue: it changes these functions
 * (and the column type), nothing else.
 */
export const sealMobile = (plain: string): string => plain;
export const openMobile = (stored: string): string => stored;

export const writeMobile = (plain: string): string => sealMobile(plain);
export const readMobile = (row: { mobile: string }): string => openMobile(row.mobile);
export const maskedMobile = (row: { mobile: string }): string => maskMobile(readMobile(row)) ?? "";
