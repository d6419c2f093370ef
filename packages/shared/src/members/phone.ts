/** Mainland mobile numbers: 11 digits, 1 then 3–9. */
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;

/** 13812345678 → 138****5678; anything else keeps only its last 2 characters. */
export function maskMobile(mobile: string | null | undefined): string | null {
  if (!mobile) return null;
  if (mobile.length >= 7) return `${mobile.slice(0, 3)}****${mobile.slice(-4)}`;
  return `${"*".repeat(Math.max(0, mobile.length - 2))}${mobile.slice(-2)}`;
}
