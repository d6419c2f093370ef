import { DEFAULT_MEETING_KINDS, MEETING_CATEGORIES } from "@zhzx/shared";

/** Rows for a committee's default meeting and activity types (the seed and "restore defaults" use them; no GraphQL imports here). */
export const defaultMeetingKindRows = (tenantId: string) =>
  MEETING_CATEGORIES.flatMap((category) => DEFAULT_MEETING_KINDS[category].map((name, i) => ({ tenantId, category, name, sortOrder: (i + 1) * 10 })));
