import { Field, ID, InputType, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "全体会议，如 第十五届 第三次会议" })
export class SessionMeetingType {
  @Field(() => ID) id!: string;
  @Field(() => ID) sessionId!: string;
  @Field(() => Int) number!: number;
  @Field(() => String) name!: string;
  @Field(() => Int) year!: number;
  @Field(() => String, { nullable: true, description: "YYYY-MM-DD" }) startDate!: string | null;
  @Field(() => String, { nullable: true, description: "YYYY-MM-DD" }) endDate!: string | null;
}

@ObjectType({ description: "届次，如 第十五届（2022—2026）" })
export class CommitteeSessionType {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => Int) number!: number;
  @Field(() => Int) startYear!: number;
  @Field(() => Int) endYear!: number;
  @Field(() => Boolean, { description: "本届（每个委员会至多一个）" }) isCurrent!: boolean;
  @Field(() => Int, { description: "本届委员人数" }) memberCount!: number;
  @Field(() => [SessionMeetingType], { description: "各次全体会议，按序号" }) meetings!: SessionMeetingType[];
}

@InputType()
export class CommitteeSessionInput {
  @Field(() => String) name!: string;
  @Field(() => Int) number!: number;
  @Field(() => Int) startYear!: number;
  @Field(() => Int) endYear!: number;
  @Field(() => Boolean, { nullable: true, description: "设为本届（原本届自动取消）" }) isCurrent?: boolean | null;
}

@InputType()
export class SessionMeetingInput {
  @Field(() => ID) sessionId!: string;
  @Field(() => Int) number!: number;
  @Field(() => String) name!: string;
  @Field(() => Int) year!: number;
  @Field(() => String, { nullable: true, description: "YYYY-MM-DD" }) startDate?: string | null;
  @Field(() => String, { nullable: true, description: "YYYY-MM-DD" }) endDate?: string | null;
}

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

type MeetingRow = { id: string; sessionId: string; number: number; name: string; year: number; startDate: Date | null; endDate: Date | null };
export const presentMeeting = (m: MeetingRow): SessionMeetingType => ({
  id: m.id,
  sessionId: m.sessionId,
  number: m.number,
  name: m.name,
  year: m.year,
  startDate: day(m.startDate),
  endDate: day(m.endDate),
});

export const presentSession = (s: {
  id: string;
  name: string;
  number: number;
  startYear: number;
  endYear: number;
  isCurrent: boolean;
  meetings: MeetingRow[];
  _count: { terms: number };
}): CommitteeSessionType => ({
  id: s.id,
  name: s.name,
  number: s.number,
  startYear: s.startYear,
  endYear: s.endYear,
  isCurrent: s.isCurrent,
  memberCount: s._count.terms,
  meetings: s.meetings.map(presentMeeting),
});
