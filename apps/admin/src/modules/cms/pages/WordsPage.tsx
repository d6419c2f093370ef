import { useState } from "react";
import { Link } from "react-router";
import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Button, Card, Form, Input, Modal, Popconfirm, Radio, Select, Space, Table, Tabs, Tag, Typography } from "antd";
import { PlusOutlined } from "@ant-design/icons";
import dayjs from "dayjs";
import { CMS_WORD_LEVEL_LABELS, CMS_WORD_LEVELS, cmsAddWordsInput, type CmsArticleState, type CmsWordLevel } from "@zhzx/shared";
import { errorMessage } from "../../../app/errors";
import { applyServerErrors, validateWithSchema } from "../../../app/form-errors";
import { can, useViewer } from "../../../app/viewer";
import { ArticleStateTag } from "../components/ArticleStateTag";
import { AddCmsWordsMutation, CmsWordScanQuery, CmsWordsQuery, DeleteCmsWordMutation } from "../graphql/words.graphql";

const LEVEL_COLORS: Record<string, string> = { BLOCK: "red", WARN: "orange" };
const levelTag = (level: string) => <Tag color={LEVEL_COLORS[level]}>{level === "BLOCK" ? "禁用" : "提示"}</Tag>;

/** 词库: the committee's list of wrong and sensitive words; BLOCK words stop publishing. */
function WordList() {
  const { viewer } = useViewer();
  const { message } = App.useApp();
  const manage = can(viewer, "cms:admin");
  const [search, setSearch] = useState("");
  const [level, setLevel] = useState<CmsWordLevel | undefined>();
  const [page, setPage] = useState(1);
  const { data, previousData, loading, error, refetch } = useQuery(CmsWordsQuery, { variables: { page, pageSize: 50, search: search || null, level: level ?? null }, fetchPolicy: "cache-and-network" });
  const list = (data ?? previousData)?.cmsSensitiveWords;
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ words: string; level: CmsWordLevel; suggestion: string }>();
  const [add, adding] = useMutation(AddCmsWordsMutation);
  const [remove] = useMutation(DeleteCmsWordMutation);

  const submit = async () => {
    const values = form.getFieldsValue(true);
    const input = validateWithSchema(form, cmsAddWordsInput, values);
    if (!input) return;
    try {
      const r = (await add({ variables: { input: { words: values.words, level: input.level, suggestion: input.suggestion } } })).data!.addCmsSensitiveWords;
      message.success(`已添加 ${r.added} 个词${r.updated ? `，更新 ${r.updated} 个已有词` : ""}`);
      setOpen(false);
      await refetch();
    } catch (e) {
      message.error(applyServerErrors(form, e));
    }
  };

  return (
    <>
      <Space style={{ marginBottom: 16 }} wrap>
        <Input.Search allowClear placeholder="查找词语" style={{ width: 220 }} onSearch={(v) => (setSearch(v.trim()), setPage(1))} />
        <Select allowClear placeholder="全部级别" style={{ width: 160 }} value={level} onChange={(v) => (setLevel(v), setPage(1))} options={CMS_WORD_LEVELS.map((l) => ({ value: l, label: CMS_WORD_LEVEL_LABELS[l] }))} />
        {manage && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => {
              form.resetFields();
              form.setFieldsValue({ level: "WARN", suggestion: "" });
              setOpen(true);
            }}
          >
            添加词语
          </Button>
        )}
      </Space>
      {error && <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 16 }} />}
      <Table
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={list?.items ?? []}
        columns={[
          { title: "词语", dataIndex: "word", key: "word" },
          { title: "级别", key: "level", width: 90, render: (_, w) => levelTag(w.level) },
          { title: "建议", dataIndex: "suggestion", key: "suggestion", render: (v: string) => v || <Typography.Text type="secondary">—</Typography.Text> },
          { title: "添加时间", key: "createdAt", width: 170, render: (_, w) => dayjs(w.createdAt).format("YYYY-MM-DD HH:mm") },
          ...(manage
            ? [
                {
                  title: "操作",
                  key: "op",
                  width: 80,
                  render: (_: unknown, w: { id: string; word: string }) => (
                    <Popconfirm
                      title={`确定删除“${w.word}”吗？`}
                      okText="删除"
                      okButtonProps={{ danger: true }}
                      cancelText="取消"
                      onConfirm={async () => {
                        try {
                          await remove({ variables: { id: w.id } });
                          message.success("已删除");
                          await refetch();
                        } catch (e) {
                          message.error(errorMessage(e));
                        }
                      }}
                    >
                      <Button type="link" size="small" danger>
                        删除
                      </Button>
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
        pagination={{ current: page, pageSize: 50, total: list?.total ?? 0, onChange: setPage, showTotal: (t) => `共 ${t} 个词`, showSizeChanger: false }}
        locale={{ emptyText: "词库为空" }}
      />
      <Modal title="添加错敏词" open={open} okText="添加" cancelText="取消" okButtonProps={{ loading: adding.loading }} onOk={submit} onCancel={() => setOpen(false)}>
        <Form form={form} layout="vertical">
          <Form.Item label="词语" name="words" required extra="每行一个，也可用逗号或顿号分隔；已存在的词按新的级别和建议更新。">
            <Input.TextArea rows={6} />
          </Form.Item>
          <Form.Item label="级别" name="level" required>
            <Radio.Group options={CMS_WORD_LEVELS.map((l) => ({ value: l, label: CMS_WORD_LEVEL_LABELS[l] }))} />
          </Form.Item>
          <Form.Item label="建议用词或说明" name="suggestion">
            <Input maxLength={60} placeholder="如：应为“政协委员”" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** 全站检查: every article containing a listed word, with the words, linking to the editor. */
function Scan() {
  const [level, setLevel] = useState<CmsWordLevel | undefined>();
  const [page, setPage] = useState(1);
  const { data, previousData, loading, error, refetch } = useQuery(CmsWordScanQuery, { variables: { page, pageSize: 20, level: level ?? null }, fetchPolicy: "network-only" });
  const list = (data ?? previousData)?.cmsSensitiveWordScan;
  return (
    <>
      <Space style={{ marginBottom: 16 }}>
        <Select allowClear placeholder="全部级别" style={{ width: 160 }} value={level} onChange={(v) => (setLevel(v), setPage(1))} options={CMS_WORD_LEVELS.map((l) => ({ value: l, label: CMS_WORD_LEVEL_LABELS[l] }))} />
        <Button onClick={() => refetch()}>重新检查</Button>
      </Space>
      {error && <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 16 }} />}
      <Table
        rowKey="articleId"
        loading={loading}
        dataSource={list?.items ?? []}
        columns={[
          { title: "标题", key: "title", render: (_, a) => <Link to={`/cms/articles/${a.articleId}`}>{a.title}</Link> },
          { title: "栏目", dataIndex: "channel", key: "channel", width: 140 },
          { title: "状态", key: "state", width: 100, render: (_, a) => <ArticleStateTag state={a.state as CmsArticleState} /> },
          {
            title: "命中词语",
            key: "words",
            render: (_, a) => (
              <Space size={[4, 4]} wrap>
                {a.words.map((w) => (
                  <Tag key={w.word} color={LEVEL_COLORS[w.level]} title={w.suggestion || undefined}>
                    {w.word}
                  </Tag>
                ))}
              </Space>
            ),
          },
          { title: "修改时间", key: "updatedAt", width: 150, render: (_, a) => dayjs(a.updatedAt).format("YYYY-MM-DD HH:mm") },
        ]}
        pagination={{ current: page, pageSize: 20, total: list?.total ?? 0, onChange: setPage, showTotal: (t) => `${t} 篇文章含错敏词`, showSizeChanger: false }}
        locale={{ emptyText: "未发现含错敏词的文章" }}
      />
    </>
  );
}

export default function WordsPage() {
  return (
    <Card title="错敏词">
      <Tabs items={[{ key: "list", label: "词库", children: <WordList /> }, { key: "scan", label: "全站检查", children: <Scan /> }]} />
    </Card>
  );
}
