/** The meetings module's resolvers, registered in schema.ts as one entry. */
import { MeetingAttendanceResolver } from "./attendance.resolver";
import { MeetingDocumentsResolver } from "./documents.resolver";
import { MeetingKindsResolver } from "./meeting-kinds.resolver";
import { MeetingsResolver } from "./meetings.resolver";
import { PhotoStoriesResolver } from "./photo-stories.resolver";
import { MeetingSpeechesResolver } from "./speeches.resolver";
import { MeetingStatisticsResolver } from "./statistics.resolver";

export const MEETING_RESOLVERS = [
  MeetingKindsResolver,
  MeetingsResolver,
  MeetingDocumentsResolver,
  MeetingAttendanceResolver,
  MeetingSpeechesResolver,
  MeetingStatisticsResolver,
  PhotoStoriesResolver,
] as const;
