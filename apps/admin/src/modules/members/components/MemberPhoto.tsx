import { useState } from "react";
import { App, Button, Image, Popconfirm, Progress, Space, Typography, Upload } from "antd";
import { UploadOutlined, UserOutlined } from "@ant-design/icons";

const MAX_BYTES = 2 * 1024 * 1024;
const TYPES = ["image/jpeg", "image/png", "image/webp"];

/** Sends the file as raw bytes with upload progress (fetch has none); resolves to the server's JSON. */
function putPhoto(memberId: string, file: File, onProgress: (percent: number) => void): Promise<{ photoUrl: string }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("PUT", `/files/member-photos/${memberId}`);
    xhr.setRequestHeader("Content-Type", "application/octet-stream");
    xhr.withCredentials = true;
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100));
    xhr.onload = () => {
      let body: { photoUrl?: string; message?: string } = {};
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        /* not JSON: a proxy's page */
      }
      if (xhr.status >= 200 && xhr.status < 300 && body.photoUrl) resolve({ photoUrl: body.photoUrl });
      else reject(new Error(body.message ?? "照片上传失败，请稍后重试"));
    };
    xhr.onerror = () => reject(new Error("网络连接失败，照片未上传"));
    xhr.send(file);
  });
}

/** 委员照片: a portrait, and for member affairs an upload (checked here for type and size, again on the server) and removal. */
export function MemberPhoto({ memberId, name, photoUrl, manage, onChanged }: { memberId: string; name: string; photoUrl: string | null; manage: boolean; onChanged: () => void }) {
  const { message } = App.useApp();
  const [percent, setPercent] = useState<number | null>(null);

  const upload = async (file: File) => {
    if (!TYPES.includes(file.type)) return message.error("照片须为 JPG、PNG 或 WebP 图片");
    if (file.size > MAX_BYTES) return message.error("照片不能超过 2 MB");
    setPercent(0);
    try {
      await putPhoto(memberId, file, setPercent);
      message.success(`已更新 ${name} 的照片`);
      onChanged();
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setPercent(null);
    }
  };

  const remove = async () => {
    const r = await fetch(`/files/member-photos/${memberId}`, { method: "DELETE", credentials: "same-origin" });
    if (r.ok) {
      message.success(`已删除 ${name} 的照片`);
      onChanged();
    } else {
      message.error(((await r.json().catch(() => ({}))) as { message?: string }).message ?? "删除照片失败");
    }
  };

  return (
    <Space orientation="vertical" align="center" size={8} style={{ width: 132 }}>
      {photoUrl ? (
        <Image src={photoUrl} alt={`${name}的照片`} width={120} height={160} style={{ objectFit: "cover", borderRadius: 4 }} />
      ) : (
        <div role="img" aria-label="暂无照片" style={{ width: 120, height: 160, borderRadius: 4, background: "#f5f5f5", display: "grid", placeItems: "center" }}>
          <Space orientation="vertical" align="center" size={4}>
            <UserOutlined style={{ fontSize: 40, color: "#bfbfbf" }} />
            <Typography.Text type="secondary">暂无照片</Typography.Text>
          </Space>
        </div>
      )}
      {percent !== null && <Progress percent={percent} size="small" style={{ width: 120 }} />}
      {manage && (
        <Space size={4}>
          <Upload accept={TYPES.join(",")} showUploadList={false} beforeUpload={(f) => (upload(f), false)} disabled={percent !== null}>
            <Button size="small" icon={<UploadOutlined />} loading={percent !== null}>
              {photoUrl ? "更换" : "上传照片"}
            </Button>
          </Upload>
          {photoUrl && (
            <Popconfirm title={`确定删除 ${name} 的照片吗？`} okText="删除" okButtonProps={{ danger: true }} cancelText="取消" onConfirm={remove}>
              <Button size="small" danger>
                删除
              </Button>
            </Popconfirm>
          )}
        </Space>
      )}
    </Space>
  );
}
