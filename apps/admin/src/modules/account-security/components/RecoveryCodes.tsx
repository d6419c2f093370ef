import { useState } from "react";
import { CopyOutlined, DownloadOutlined } from "@ant-design/icons";
import { Alert, App, Button, Checkbox, Space, Typography } from "antd";

interface Props {
  codes: string[];
  username: string;
  doneText: string;
  onDone: () => void;
}

/** The ten recovery codes, shown this once: copy or download them, confirm, then they are gone. */
export function RecoveryCodes({ codes, username, doneText, onDone }: Props) {
  const { message } = App.useApp();
  const [saved, setSaved] = useState(false);
  const text = [`智慧政协 两步验证恢复码（账号：${username}）`, "每个恢复码只能使用一次。", "", ...codes, ""].join("\n");

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      message.success("恢复码已复制");
    } catch {
      message.error("无法访问剪贴板，请使用“下载”或手动抄写");
    }
  };

  const download = () => {
    const url = URL.createObjectURL(new Blob([text], { type: "text/plain;charset=utf-8" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = `智慧政协-恢复码-${username}.txt`;
    a.click();
    URL.revokeObjectURL(url);
  };

  return (
    <div>
      <Alert
        type="warning"
        showIcon
        title="请立即保存以下恢复码"
        description="恢复码只显示这一次。手机丢失或无法使用验证器时，可用一个恢复码代替验证码登录，每个恢复码只能使用一次。"
        style={{ marginBottom: 16 }}
      />
      <ol
        aria-label="恢复码"
        style={{ columns: 2, fontFamily: "monospace", fontSize: 16, lineHeight: "28px", paddingLeft: 28, margin: "0 0 16px" }}
      >
        {codes.map((c) => (
          <li key={c} data-testid="recovery-code">
            {c}
          </li>
        ))}
      </ol>
      <Space style={{ marginBottom: 16 }}>
        <Button icon={<CopyOutlined />} onClick={copy}>
          复制全部
        </Button>
        <Button icon={<DownloadOutlined />} onClick={download}>
          下载
        </Button>
      </Space>
      <div style={{ marginBottom: 16 }}>
        <Checkbox checked={saved} onChange={(e) => setSaved(e.target.checked)}>
          我已妥善保存恢复码
        </Checkbox>
      </div>
      <Button type="primary" block disabled={!saved} onClick={onDone}>
        {doneText}
      </Button>
      {!saved && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, textAlign: "center" }}>
          勾选“我已妥善保存恢复码”后继续
        </Typography.Paragraph>
      )}
    </div>
  );
}
