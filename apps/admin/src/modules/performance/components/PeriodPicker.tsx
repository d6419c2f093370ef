import { Segmented, Select, Space } from "antd";
import type { AssessmentType, PerformancePeriodInput } from "../../../gql/graphql";
import { usePerformanceLookups } from "./use-lookups";

/** A period in the address bar's terms: 年度考核 of a year, or 届内考核 of a session. */
export interface PeriodValue {
  assessmentType: AssessmentType;
  year: number | null;
  sessionId: string | null;
}

export const toPeriodInput = (p: PeriodValue): PerformancePeriodInput =>
  p.assessmentType === "ANNUAL" ? { assessmentType: "ANNUAL", year: p.year } : { assessmentType: "SESSION", sessionId: p.sessionId };

export function PeriodPicker({ value, onChange }: { value: PeriodValue; onChange: (p: PeriodValue) => void }) {
  const lk = usePerformanceLookups();
  return (
    <Space wrap>
      <Segmented<AssessmentType>
        aria-label="考核类型"
        value={value.assessmentType}
        onChange={(t) => onChange({ ...value, assessmentType: t, year: value.year ?? lk.years[0] ?? null, sessionId: value.sessionId ?? lk.current?.id ?? null })}
        options={[
          { value: "ANNUAL", label: "年度考核" },
          { value: "SESSION", label: "届内考核" },
        ]}
      />
      {value.assessmentType === "ANNUAL" ? (
        <Select aria-label="年度" style={{ width: 120 }} value={value.year ?? undefined} onChange={(y: number) => onChange({ ...value, year: y })} options={lk.yearOptions} />
      ) : (
        <Select aria-label="届次" style={{ width: 230 }} value={value.sessionId ?? undefined} onChange={(s: string) => onChange({ ...value, sessionId: s })} options={lk.sessionOptions} />
      )}
    </Space>
  );
}
