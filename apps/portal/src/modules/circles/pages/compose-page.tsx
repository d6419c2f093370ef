import { useState } from "react";
import { Button, ImageUploader, TextArea, type ImageUploadItem } from "antd-mobile";
import { useNavigate, useParams } from "react-router";
import { useMutation, useQuery } from "@apollo/client/react";
import { CIRCLE_IMAGE_MAX_BYTES, CIRCLE_IMAGE_TYPES, CIRCLE_POST_MAX_CHARS, CIRCLE_POST_MAX_IMAGES, circlePostInput } from "@zhzx/shared";
import { Page } from "../../../app/components/page";
import { errorMessage, toastError } from "../../../app/errors";
import { showToast } from "../../../app/toast";
import { CircleDocument, CreateCirclePostDocument, UploadCircleImageDocument } from "../graphql/circles";
import styles from "../circles.module.css";

/** A File as base64 (without the data: prefix), for uploadCircleImage. */
const base64Of = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result).replace(/^data:[^,]*,/, ""));
    r.onerror = () => reject(new Error("读取图片失败"));
    r.readAsDataURL(file);
  });

/** The checks the server makes again (it reads the bytes, not the name): say what is wrong before uploading. */
export function imageProblem(file: File): string | null {
  if (!(CIRCLE_IMAGE_TYPES as readonly string[]).includes(file.type)) return "只能上传 PNG、JPEG、GIF 或 WebP 图片";
  if (file.size > CIRCLE_IMAGE_MAX_BYTES) return `图片“${file.name}”超过 2 MB，请压缩后再上传`;
  if (file.size === 0) return "图片为空";
  return null;
}

/** 发帖: text (≤ 2000 字) and up to nine pictures; each picture is uploaded as it is chosen. */
export default function ComposePage() {
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const circle = useQuery(CircleDocument, { variables: { id }, fetchPolicy: "cache-first" });
  const [text, setText] = useState("");
  const [images, setImages] = useState<ImageUploadItem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [upload] = useMutation(UploadCircleImageDocument);
  const [create, creating] = useMutation(CreateCirclePostDocument, { refetchQueries: ["PortalCircleFeed", "PortalCircle"] });
  const [uploading, setUploading] = useState(0);

  const beforeUpload = (file: File) => {
    const problem = imageProblem(file);
    if (problem) {
      setError(problem);
      return null;
    }
    setError(null);
    return file;
  };

  const uploadOne = async (file: File): Promise<ImageUploadItem> => {
    setUploading((n) => n + 1);
    try {
      const r = await upload({ variables: { fileBase64: await base64Of(file) } });
      const img = r.data!.uploadCircleImage;
      return { key: img.id, url: img.url, extra: { id: img.id } };
    } catch (e) {
      setError(errorMessage(e));
      throw e;
    } finally {
      setUploading((n) => n - 1);
    }
  };

  const submit = async () => {
    const imageIds = images.map((i) => (i.extra as { id: string }).id);
    const parsed = circlePostInput.safeParse({ circleId: id, text, imageIds });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? "输入有误");
    setError(null);
    try {
      await create({ variables: { input: { circleId: id, text: parsed.data.text, imageIds } } });
      void showToast({ icon: "success", content: "已发布" });
      navigate(`/circles/${id}`, { replace: true });
    } catch (e) {
      setError(errorMessage(e));
      toastError(e);
    }
  };

  return (
    <Page title="发帖" back backTo={`/circles/${id}`}>
      <div className={styles.form}>
        <section className={styles.head}>
          <div className={styles.meta} style={{ marginBottom: 8 }}>
            发布到：{circle.data?.circle.name ?? "…"}
          </div>
          <TextArea
            value={text}
            onChange={(v) => {
              setText(v);
              if (error) setError(null);
            }}
            placeholder="分享履职见闻、调研心得……"
            autoSize={{ minRows: 6, maxRows: 16 }}
            maxLength={CIRCLE_POST_MAX_CHARS}
            showCount
            aria-label="帖子内容"
          />
          <div style={{ marginTop: 12 }}>
            <ImageUploader
              value={images}
              onChange={setImages}
              upload={uploadOne}
              beforeUpload={beforeUpload}
              accept={CIRCLE_IMAGE_TYPES.join(",")}
              maxCount={CIRCLE_POST_MAX_IMAGES}
              multiple
              onCountExceed={(n) => setError(`每条帖子最多 ${CIRCLE_POST_MAX_IMAGES} 张图片，已忽略多选的 ${n} 张`)}
            />
          </div>
          {error && (
            <p className={styles.error} role="alert">
              {error}
            </p>
          )}
        </section>
        <p className={styles.hint}>最多 {CIRCLE_POST_MAX_IMAGES} 张图片，每张不超过 2 MB（PNG、JPEG、GIF、WebP）。请文明发言，帖子由工作人员管理。</p>
        <div className={styles.section}>
          <Button block color="primary" size="large" loading={creating.loading} disabled={uploading > 0} onClick={() => void submit()}>
            {uploading > 0 ? "图片上传中…" : "发布"}
          </Button>
        </div>
      </div>
    </Page>
  );
}
