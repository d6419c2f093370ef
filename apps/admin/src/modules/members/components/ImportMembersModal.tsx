import { useEffect, useState } from "react";
import { useApolloClient, useMutation } from "@apollo/client/react";
import { Alert, Form, Select } from "antd";
import { MEMBER_IMPORT_COLUMNS } from "@zhzx/shared";
import { ImportDialog, type ImportResult } from "../../organisation/components/ImportDialog";
import { ImportMembersMutation, MemberImportTemplateQuery } from "../graphql/members.graphql";
import { sessionLabel, type Lookups } from "./lookups";

const REQUIRED = MEMBER_IMPORT_COLUMNS.filter((c) => c.required).map((c) => c.header).join("、");

/** 批量导入委员 into one session: checked row by row (dry run) before anything is written. */
export function ImportMembersModal({
  open,
  lookups,
  defaultSessionId,
  onClose,
  onImported,
}: {
  open: boolean;
  lookups: Lookups | undefined;
  defaultSessionId: string | null;
  onClose: () => void;
  onImported: (r: ImportResult, sessionId: string) => void;
}) {
  const client = useApolloClient();
  const [sessionId, setSessionId] = useState<string | null>(defaultSessionId);
  const [importMembers] = useMutation(ImportMembersMutation);
  useEffect(() => {
    if (open) setSessionId(defaultSessionId);
  }, [open, defaultSessionId]);

  const run = async (fileBase64: string, dryRun: boolean) => {
    const { data } = await importMembers({ variables: { sessionId: sessionId!, fileBase64, dryRun } });
    return data!.importMembers;
  };

  return (
    <ImportDialog
      open={open}
      title="批量导入委员"
      unit="名委员"
      onClose={onClose}
      loadTemplate={async () => (await client.query({ query: MemberImportTemplateQuery, fetchPolicy: "no-cache" })).data!.memberImportTemplate}
      validate={(f) => run(f, true)}
      commit={(f) => run(f, false)}
      onImported={(r) => onImported(r, sessionId!)}
      optionsKey={sessionId ?? ""}
      blocked={sessionId ? null : "请先选择导入到的届次"}
      hint={<Alert type="info" showIcon title={`必填列：${REQUIRED}。界别、党派等填写字典中的名称；先逐行校验，全部通过后才能导入，有任何错误则一行也不导入。`} />}
      options={
        <Form name="importSession" layout="inline">
          <Form.Item label="导入到届次" required>
            <Select
              style={{ width: 280 }}
              value={sessionId ?? undefined}
              onChange={setSessionId}
              placeholder="请选择届次"
              options={(lookups?.committeeSessions ?? []).map((s) => ({ value: s.id, label: sessionLabel(s) }))}
              aria-label="导入到届次"
            />
          </Form.Item>
        </Form>
      }
    />
  );
}
