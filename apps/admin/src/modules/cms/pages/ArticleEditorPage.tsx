import { useCallback, useEffect, useRef, useState } from "react";
import { useBlocker, useNavigate, useParams, useSearchParams } from "react-router";
import { useMutation, useQuery } from "@apollo/client/react";
import { ArrowLeftOutlined, ExportOutlined, SaveOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Col, Form, Result, Row, Skeleton, Space, Tabs, Typography } from "antd";
import dayjs from "dayjs";
import { errorCode, errorMessage } from "../../../app/errors";
import { applyServerErrors } from "../../../app/form-errors";
import type { CmsArticleDetailFragment, CmsArticleInput } from "../../../gql/graphql";
import { ArticleFields, type ArticleFormValues } from "../components/ArticleFields";
import { ArticleSidePanel } from "../components/ArticleSidePanel";
import { ArticleFilesPanel } from "../components/ArticleFilesPanel";
import { uploadAsset } from "../components/upload-asset";
import { ArticleStateTag } from "../components/ArticleStateTag";
import { ACTION_LABELS } from "../components/cms-labels";
import { customFieldsInput } from "../components/CustomFieldsInputs";
import { EventsPanel } from "../components/EventsPanel";
import { LinksPanel } from "../components/LinksPanel";
import { VersionsPanel } from "../components/VersionsPanel";
import type { TransitionRequest } from "../components/WorkflowPanel";
import { CmsArticleQuery, CreateCmsArticleMutation, RestoreCmsArticleVersionMutation, TransitionCmsArticleMutation, UpdateCmsArticleMutation } from "../graphql/articles.graphql";
import { useChannels } from "../hooks/use-channels";

const AFTER_WRITE = ["CmsArticleVersions", "CmsArticleEvents", "CmsArticles"];

const toForm = (a: CmsArticleDetailFragment): ArticleFormValues => ({
  channelId: a.channelId,
  title: a.title,
  subtitle: a.subtitle,
  author: a.author,
  source: a.source,
  summary: a.summary,
  keywords: a.keywords,
  body: a.body,
  customFields: (a.customFields as Record<string, unknown> | null) ?? {},
  note: "",
});

/**
 * 文章编辑: content, workflow, versions, events and links of one article (or a new one). Saving sends the
 * version it was loaded at; if someone saved in between the server answers CONFLICT and the user
 * chooses to reload. `base` is the list this editor was opened from.
 */
export default function ArticleEditorPage({ base }: { base: string }) {
  const { id } = useParams();
  const isNew = !id;
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const { channels, byId } = useChannels();
  const { data, loading, error, refetch } = useQuery(CmsArticleQuery, { variables: { id: id ?? "" }, skip: isNew, fetchPolicy: "cache-and-network" });
  const article = data?.cmsArticle;
  const [form] = Form.useForm<ArticleFormValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [dirty, setDirtyState] = useState(false);
  const dirtyRef = useRef(false);
  const setDirty = (v: boolean) => {
    dirtyRef.current = v;
    setDirtyState(v);
  };
  const [create] = useMutation(CreateCmsArticleMutation);
  const [update] = useMutation(UpdateCmsArticleMutation, { refetchQueries: AFTER_WRITE });
  const [transition] = useMutation(TransitionCmsArticleMutation, { refetchQueries: AFTER_WRITE });
  const [restore] = useMutation(RestoreCmsArticleVersionMutation, { refetchQueries: AFTER_WRITE });

  const watchedChannel = Form.useWatch("channelId", form);
  const channel = byId.get(watchedChannel ?? article?.channelId ?? "");
  const editable = isNew || !!article?.canEditContent;

  const resetFrom = useCallback(
    (a: CmsArticleDetailFragment) => {
      form.resetFields();
      form.setFieldsValue(toForm(a));
      setFailure(null);
      setDirty(false);
    },
    [form],
  );

  const loadedId = useRef<string | null>(null);
  useEffect(() => {
    if (article && loadedId.current !== article.id) {
      loadedId.current = article.id;
      resetFrom(article);
    }
  }, [article, resetFrom]);
  useEffect(() => {
    if (isNew) form.setFieldsValue({ channelId: params.get("channel") ?? undefined, source: "" });
  }, [isNew, params, form]);

  // Unsaved changes are not lost silently: leaving asks first (in the console and for the browser).
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirtyRef.current && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (blocker.state !== "blocked") return;
    modal.confirm({
      title: "有未保存的修改",
      content: "离开此页面，未保存的修改将会丢失。",
      okText: "离开",
      cancelText: "留在此页",
      onOk: () => blocker.proceed(),
      onCancel: () => blocker.reset(),
    });
  }, [blocker, modal]);
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (dirtyRef.current) e.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);

  const conflict = () =>
    modal.confirm({
      title: "已被他人修改",
      content: "这篇文章在您打开之后已被他人修改或流转。重新加载将显示最新内容，您未保存的修改会丢失；也可以先复制您的修改再重新加载。",
      okText: "重新加载",
      cancelText: "暂不加载",
      onOk: async () => {
        const r = await refetch();
        if (r.data) resetFrom(r.data.cmsArticle);
      },
    });

  const failed = (e: unknown) => {
    if (errorCode(e) === "CONFLICT") return conflict();
    const text = applyServerErrors(form, e);
    setFailure(text);
    message.error(text);
  };

  /** Saves the form; returns the saved article's id and version (null when nothing was saved). */
  const save = async (): Promise<{ id: string; version: number } | null> => {
    setFailure(null);
    let v: ArticleFormValues;
    try {
      v = await form.validateFields();
    } catch {
      message.error("请检查标红的内容");
      return null;
    }
    const defs = channel?.fieldDefs ?? [];
    // Summary and keywords go only when the editor touched them: otherwise the server derives them again.
    const input: CmsArticleInput = {
      title: v.title.trim(),
      subtitle: v.subtitle?.trim() ?? "",
      author: v.author?.trim() ?? "",
      source: v.source?.trim() ?? "",
      body: v.body ?? "",
      customFields: customFieldsInput(defs, v.customFields),
      ...(form.isFieldTouched("summary") ? { summary: v.summary?.trim() ?? "" } : {}),
      ...(form.isFieldTouched("keywords") ? { keywords: v.keywords ?? [] } : {}),
    };
    try {
      if (isNew) {
        const { data: created } = await create({ variables: { input: { ...input, channelId: v.channelId } } });
        const a = created!.createCmsArticle;
        setDirty(false);
        message.success("已保存为草稿");
        navigate(`${base}/${a.id}`, { replace: true });
        return a;
      }
      const { data: saved } = await update({
        variables: { id: article!.id, expectedVersion: article!.version, input: { ...input, channelId: v.channelId !== article!.channelId ? v.channelId : undefined, note: v.note?.trim() ?? "" } },
      });
      const a = saved!.updateCmsArticle;
      resetFrom(a);
      message.success(`已保存（第 ${a.version} 版）`);
      return a;
    } catch (e) {
      failed(e);
      return null;
    }
  };

  const runSave = async () => {
    setBusy(true);
    try {
      await save();
    } finally {
      setBusy(false);
    }
  };

  const act = async (r: TransitionRequest): Promise<boolean> => {
    if (!article) return false;
    setBusy(true);
    try {
      let version = article.version;
      if (dirtyRef.current && article.canEditContent) {
        const saved = await save();
        if (!saved) return false;
        version = saved.version;
      }
      await transition({ variables: { id: article.id, expectedVersion: version, input: { action: r.action, comment: r.comment, publishAt: r.publishAt } } });
      message.success(`已${ACTION_LABELS[r.action]}`);
      return true;
    } catch (e) {
      failed(e);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const onRestore = async (version: number) => {
    if (!article) return;
    setBusy(true);
    try {
      const { data: r } = await restore({ variables: { id: article.id, expectedVersion: article.version, version } });
      if (r) resetFrom(r.restoreCmsArticleVersion);
      message.success(`已恢复到第 ${version} 版的内容`);
    } catch (e) {
      failed(e);
    } finally {
      setBusy(false);
    }
  };

  if (!isNew && error && !article) {
    return <Result status="error" title="无法打开文章" subTitle={errorMessage(error)} extra={<Button onClick={() => navigate(base)}>返回列表</Button>} />;
  }
  if (!isNew && (loading || !article) && !article) return <Card><Skeleton active paragraph={{ rows: 12 }} /></Card>;

  return (
    <Card
      title={
        <Space wrap>
          <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate(base)} aria-label="返回列表" />
          {isNew ? "写文章" : "编辑文章"}
          {article && <ArticleStateTag state={article.state} />}
          {article && <Typography.Text type="secondary" style={{ fontWeight: "normal", fontSize: 13 }}>第 {article.version} 版 · 更新于 {dayjs(article.updatedAt).format("YYYY-MM-DD HH:mm")}</Typography.Text>}
        </Space>
      }
      extra={
        <Space>
          {article?.state === "PUBLISHED" && (
            <Button icon={<ExportOutlined />} href={article.url} target="_blank" rel="noopener noreferrer">
              预览
            </Button>
          )}
          {editable && (
            <Button type="primary" icon={<SaveOutlined />} loading={busy} onClick={runSave}>
              {isNew ? "保存草稿" : "保存"}
            </Button>
          )}
        </Space>
      }
    >
      {failure && <Alert type="error" showIcon title={failure} closable={{ onClose: () => setFailure(null) }} style={{ marginBottom: 16 }} role="alert" />}
      {article && !article.canEditContent && (
        <Alert type="info" showIcon title="当前状态下您不能修改这篇文章的内容" description="草稿和已撤稿的文章由编辑修改；待审核、定时发布和已发布的文章由审核或发布人员修改。" style={{ marginBottom: 16 }} />
      )}
      {article?.originTenantName && <Alert type="success" showIcon title={`本文采用自${article.originTenantName}的呈送`} style={{ marginBottom: 16 }} />}
      <Row gutter={24}>
        <Col xs={24} xl={16}>
          <Form form={form} layout="vertical" disabled={!editable || busy} onValuesChange={() => setDirty(true)} aria-label="文章内容">
            <ArticleFields
              channels={channels}
              channel={channel}
              editable={editable}
              isNew={isNew}
              onUploadImage={
                article?.canEditContent
                  ? async (file) => {
                      const a = await uploadAsset(article.id, "IMAGE", file);
                      return { url: a.url, alt: file.name.replace(/\.[^.]+$/, "") };
                    }
                  : undefined
              }
            />
          </Form>
          {article && (
            <Tabs
              style={{ marginTop: 8 }}
              items={[
                { key: "versions", label: "版本记录", children: <VersionsPanel articleId={article.id} canRestore={article.canEditContent} busy={busy} onRestore={onRestore} /> },
                { key: "events", label: "流转记录", children: <EventsPanel articleId={article.id} /> },
                { key: "links", label: `引用与映射（${article.links.length}）`, children: <LinksPanel article={article} channels={channels} /> },
              ]}
            />
          )}
        </Col>
        <Col xs={24} xl={8}>
          {article ? (
            <Space orientation="vertical" size={16} style={{ width: "100%" }}>
              <ArticleSidePanel article={article} channel={byId.get(article.channelId)} busy={busy} dirty={dirty} onAction={act} onDeleted={() => { setDirty(false); navigate(base); }} onConflict={conflict} />
              <ArticleFilesPanel article={article} />
            </Space>
          ) : (
            <Card size="small" title="流程">
              <Typography.Text type="secondary">保存草稿后可以送审，并可上传图片、封面和附件。</Typography.Text>
            </Card>
          )}
        </Col>
      </Row>
    </Card>
  );
}
