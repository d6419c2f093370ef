import { useState } from "react";
import { EyeOutlined } from "@ant-design/icons";
import { useMutation } from "@apollo/client/react";
import { App, Button, Space, Tooltip, Typography } from "antd";
import { errorMessage } from "../../../app/errors";
import { can, useViewer } from "../../../app/viewer";
import { RevealMemberPhoneMutation } from "../graphql/members.graphql";

/**
 * A phone number as lists show it (138****5678). With `member:reveal-pii` a 查看 button fetches the full
 * number; the server writes an audit entry for every look, and the user is told so.
 */
export function PhoneCell({ memberId, memberName, masked }: { memberId: string; memberName: string; masked: string }) {
  const { viewer } = useViewer();
  const { message } = App.useApp();
  const [full, setFull] = useState<string | null>(null);
  const [reveal, { loading }] = useMutation(RevealMemberPhoneMutation);

  const show = async () => {
    try {
      const { data } = await reveal({ variables: { memberId } });
      setFull(data?.revealMemberPhone ?? null);
      message.info(`已显示${memberName}的完整手机号码，已记录查看操作`);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  if (full) {
    return (
      <Tooltip title="已记录查看操作">
        <Typography.Text copyable={{ text: full, tooltips: ["复制", "已复制"] }} data-testid="phone-full">
          {full}
        </Typography.Text>
      </Tooltip>
    );
  }
  return (
    <Space size={4}>
      <span data-testid="phone-masked">{masked}</span>
      {can(viewer, "member:reveal-pii") && (
        <Tooltip title="查看完整号码（将记录查看操作）">
          <Button type="link" size="small" icon={<EyeOutlined />} loading={loading} onClick={show} aria-label={`查看${memberName}的完整手机号码`}>
            查看
          </Button>
        </Tooltip>
      )}
    </Space>
  );
}
