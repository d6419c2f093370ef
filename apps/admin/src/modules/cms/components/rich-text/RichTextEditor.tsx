import { useEffect, useRef, useState } from "react";
import { EditorContent, useEditor, useEditorState, type Editor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import Image from "@tiptap/extension-image";
import { Placeholder } from "@tiptap/extensions";
import {
  BoldOutlined,
  CodeOutlined,
  ItalicOutlined,
  LinkOutlined,
  OrderedListOutlined,
  PictureOutlined,
  RedoOutlined,
  StrikethroughOutlined,
  UnderlineOutlined,
  UndoOutlined,
  UnorderedListOutlined,
  CloudUploadOutlined,
} from "@ant-design/icons";
import { App, Button, Divider, Form, Input, Modal, Tooltip } from "antd";
import { CMS_IMAGE_ACCEPT } from "@zhzx/shared";
import "./rich-text.css";

export interface RichTextEditorProps {
  value?: string;
  onChange?: (html: string) => void;
  readOnly?: boolean;
  placeholder?: string;
  /** Uploads an image of the article and returns its site address (the button shows only when given). */
  onUploadImage?: (file: File) => Promise<{ url: string; alt: string }>;
}

const HTTP = /^(https?:\/\/|\/)/i;

/**
 * The article body editor (TipTap 3 on ProseMirror). Its document model keeps only the structure it
 * knows: headings 2–4, paragraphs, emphasis, lists, quotes, links, images by address. The server
 * sanitises again with its own allow-list, whatever arrives (the HTML source view sends text as typed).
 */
export default function RichTextEditor({ value, onChange, readOnly, placeholder = "请输入正文", onUploadImage }: RichTextEditorProps) {
  const { message } = App.useApp();
  const emitted = useRef<string | undefined>(value);
  const fileInput = useRef<HTMLInputElement>(null);
  const [uploading, setUploading] = useState(false);
  // The chosen file goes to the article's files; the image lands where the cursor was.
  const onFile = async (file: File | undefined) => {
    if (!file || !editor || !onUploadImage) return;
    setUploading(true);
    try {
      const { url, alt } = await onUploadImage(file);
      editor.chain().focus().setImage({ src: url, alt }).run();
      message.success("图片已插入正文");
    } catch (e) {
      message.error(e instanceof Error ? e.message : "图片上传失败");
    } finally {
      setUploading(false);
      if (fileInput.current) fileInput.current.value = "";
    }
  };
  const [source, setSource] = useState(false);
  const [dialog, setDialog] = useState<null | "link" | "image">(null);

  const editor = useEditor({
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3, 4] },
        code: false,
        codeBlock: false,
        link: { openOnClick: false, autolink: true, protocols: ["http", "https", "mailto"], HTMLAttributes: { rel: null, target: null } },
      }),
      Image.configure({ inline: false, allowBase64: false }),
      Placeholder.configure({ placeholder }),
    ],
    content: value ?? "",
    editable: !readOnly,
    onUpdate: ({ editor: e }) => {
      const html = e.isEmpty ? "" : e.getHTML();
      if (html === emitted.current) return;
      emitted.current = html;
      onChange?.(html);
    },
  });

  // A value from outside (loading an article, restoring a version, reloading after a conflict).
  useEffect(() => {
    if (!editor || source || value === emitted.current) return;
    emitted.current = value;
    editor.commands.setContent(value ?? "", { emitUpdate: false });
  }, [editor, value, source]);

  // setEditable emits an "update" by default, which would read as an edit by the user.
  useEffect(() => {
    editor?.setEditable(!readOnly, false);
  }, [editor, readOnly]);

  const toggleSource = () => {
    if (source && editor) {
      editor.commands.setContent(value ?? "", { emitUpdate: false });
      emitted.current = value;
    }
    setSource(!source);
  };

  return (
    <div className={`cms-rte${readOnly ? " cms-rte-readonly" : ""}`}>
      {!readOnly && editor && (
        <Toolbar editor={editor} source={source} onToggleSource={toggleSource} onDialog={setDialog} onUpload={onUploadImage ? () => fileInput.current?.click() : undefined} uploading={uploading} />
      )}
      <input ref={fileInput} type="file" accept={CMS_IMAGE_ACCEPT} hidden aria-label="选择要插入的图片" data-testid="rte-image-file" onChange={(e) => void onFile(e.target.files?.[0])} />
      {source ? (
        <Input.TextArea
          aria-label="正文 HTML 源码"
          className="cms-rte-source"
          value={value ?? ""}
          onChange={(e) => {
            emitted.current = e.target.value;
            onChange?.(e.target.value);
          }}
          autoSize={{ minRows: 14, maxRows: 30 }}
        />
      ) : (
        <EditorContent editor={editor} className="cms-rte-content" aria-label="正文" />
      )}
      <UrlDialog
        open={dialog === "link"}
        title="插入链接"
        label="链接地址"
        initial={editor?.getAttributes("link").href as string | undefined}
        extra="以 http://、https:// 或 / 开头；留空则取消链接"
        allowEmpty
        onClose={() => setDialog(null)}
        onOk={(url) => {
          const chain = editor?.chain().focus().extendMarkRange("link");
          if (!url) chain?.unsetLink().run();
          else chain?.setLink({ href: url }).run();
        }}
      />
      <UrlDialog
        open={dialog === "image"}
        title="插入图片"
        label="图片地址"
        extra="以 http://、https:// 或 / 开头的图片地址"
        withAlt
        onClose={() => setDialog(null)}
        onOk={(url, alt) => editor?.chain().focus().setImage({ src: url, alt: alt || undefined }).run()}
      />
    </div>
  );
}

function Toolbar({
  editor,
  source,
  onToggleSource,
  onDialog,
  onUpload,
  uploading,
}: {
  editor: Editor;
  source: boolean;
  onToggleSource: () => void;
  onDialog: (d: "link" | "image") => void;
  onUpload?: () => void;
  uploading: boolean;
}) {
  const s = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive("bold"),
      italic: e.isActive("italic"),
      underline: e.isActive("underline"),
      strike: e.isActive("strike"),
      h2: e.isActive("heading", { level: 2 }),
      h3: e.isActive("heading", { level: 3 }),
      bullet: e.isActive("bulletList"),
      ordered: e.isActive("orderedList"),
      quote: e.isActive("blockquote"),
      link: e.isActive("link"),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const btn = (label: string, icon: React.ReactNode, active: boolean, run: () => void, disabled = false) => (
    <Tooltip title={label} key={label}>
      <Button size="small" type={active ? "primary" : "text"} ghost={active} icon={icon} aria-label={label} aria-pressed={active} disabled={disabled || source} onClick={run} />
    </Tooltip>
  );
  const text = (label: string, shown: string, active: boolean, run: () => void) => (
    <Tooltip title={label} key={label}>
      <Button size="small" type={active ? "primary" : "text"} ghost={active} aria-label={label} aria-pressed={active} disabled={source} onClick={run}>
        {shown}
      </Button>
    </Tooltip>
  );
  const c = () => editor.chain().focus();
  return (
    <div className="cms-rte-toolbar" role="toolbar" aria-label="正文格式">
      {btn("撤销", <UndoOutlined />, false, () => c().undo().run(), !s.canUndo)}
      {btn("重做", <RedoOutlined />, false, () => c().redo().run(), !s.canRedo)}
      <Divider orientation="vertical" />
      {text("二级标题", "H2", s.h2, () => c().toggleHeading({ level: 2 }).run())}
      {text("三级标题", "H3", s.h3, () => c().toggleHeading({ level: 3 }).run())}
      {btn("加粗", <BoldOutlined />, s.bold, () => c().toggleBold().run())}
      {btn("斜体", <ItalicOutlined />, s.italic, () => c().toggleItalic().run())}
      {btn("下划线", <UnderlineOutlined />, s.underline, () => c().toggleUnderline().run())}
      {btn("删除线", <StrikethroughOutlined />, s.strike, () => c().toggleStrike().run())}
      <Divider orientation="vertical" />
      {btn("无序列表", <UnorderedListOutlined />, s.bullet, () => c().toggleBulletList().run())}
      {btn("有序列表", <OrderedListOutlined />, s.ordered, () => c().toggleOrderedList().run())}
      {text("引用", "“ ”", s.quote, () => c().toggleBlockquote().run())}
      {text("分隔线", "—", false, () => c().setHorizontalRule().run())}
      <Divider orientation="vertical" />
      {btn("链接", <LinkOutlined />, s.link, () => onDialog("link"))}
      {btn("图片地址", <PictureOutlined />, false, () => onDialog("image"))}
      {onUpload && (
        <Tooltip title="上传图片并插入到光标处（JPEG、PNG、GIF、WebP，最大 5 MB）">
          <Button size="small" type="text" icon={<CloudUploadOutlined />} aria-label="上传图片" loading={uploading} disabled={source} onClick={onUpload} />
        </Tooltip>
      )}
      <div style={{ flex: 1 }} />
      <Tooltip title={source ? "返回可视化编辑" : "编辑 HTML 源码"}>
        <Button size="small" type={source ? "primary" : "text"} icon={<CodeOutlined />} onClick={onToggleSource}>
          {source ? "可视化" : "源码"}
        </Button>
      </Tooltip>
    </div>
  );
}

function UrlDialog({
  open,
  title,
  label,
  extra,
  initial,
  allowEmpty,
  withAlt,
  onClose,
  onOk,
}: {
  open: boolean;
  title: string;
  label: string;
  extra: string;
  initial?: string;
  allowEmpty?: boolean;
  withAlt?: boolean;
  onClose: () => void;
  onOk: (url: string, alt: string) => void;
}) {
  const [form] = Form.useForm<{ url: string; alt?: string }>();
  useEffect(() => {
    if (open) form.setFieldsValue({ url: initial ?? "", alt: "" });
  }, [open, initial, form]);
  return (
    <Modal
      title={title}
      open={open}
      okText="确定"
      cancelText="取消"
      onCancel={onClose}
      onOk={async () => {
        const v = await form.validateFields();
        onOk(v.url.trim(), v.alt?.trim() ?? "");
        onClose();
      }}
      forceRender
    >
      <Form form={form} layout="vertical">
        <Form.Item
          label={label}
          name="url"
          extra={extra}
          rules={[
            {
              validator: async (_, v: string) => {
                const t = (v ?? "").trim();
                if (!t && allowEmpty) return;
                if (!t) throw new Error(`请输入${label}`);
                if (!HTTP.test(t)) throw new Error("地址须以 http://、https:// 或 / 开头");
              },
            },
          ]}
        >
          <Input placeholder="https://" />
        </Form.Item>
        {withAlt && (
          <Form.Item label="图片说明" name="alt">
            <Input placeholder="供读屏软件朗读，可不填" maxLength={100} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
