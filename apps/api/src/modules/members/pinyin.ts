import { pinyin } from "pinyin-pro";

/**
 * Search columns stored with every write of a member's name (pinyin-pro): the full pinyin without tones
 * or spaces and the initials. Surnames are read as surnames (单 → shan, 曾 → zeng); ü is written v (lv).
 */
export function nameSearchColumns(name: string): { namePinyin: string; nameInitials: string } {
  const syllables = pinyin(name, { toneType: "none", type: "array", surname: "head", v: true })
    .map((s) => s.toLowerCase().replace(/[^a-z]/g, ""))
    .filter(Boolean);
  return { namePinyin: syllables.join(""), nameInitials: syllables.map((s) => s[0]).join("") };
}

/** Latin letters only → a pinyin search; anything else → a search of the Chinese name. */
export function parseNameSearch(q: string): { pinyin: string } | { text: string } | null {
  const s = q.trim().replace(/\s+/g, "");
  if (!s) return null;
  return /^[a-zA-Z]+$/.test(s) ? { pinyin: s.toLowerCase() } : { text: s };
}
