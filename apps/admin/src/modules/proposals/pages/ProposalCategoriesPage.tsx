import { useState } from "react";
import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Button, Card, Col, Popconfirm, Row, Space, Table, Tooltip, Typography } from "antd";
import { PlusOutlined, UploadOutlined } from "@ant-design/icons";
import { errorMessage } from "../../../app/errors";
import { can, useViewer } from "../../../app/viewer";
import type { AdminProposalCategoriesQuery } from "../../../gql/graphql";
import { ImportDialog } from "../../organisation/components/ImportDialog";
import { CategoryFormModal, type CategoryTarget } from "../components/CategoryFormModal";
import { SettingsCard } from "../components/SettingsCard";
import { DeleteProposalCategoryMutation, ImportProposalCategoriesMutation, ProposalCategoriesQuery, ProposalCategoryTemplateQuery } from "../graphql/categories.graphql";

type Category = AdminProposalCategoriesQuery["proposalCategories"][number];
type Node = Category & { children?: Node[] };

function toTree(rows: Category[]): Node[] {
  const byId = new Map<string, Node>(rows.map((r) => [r.id, { ...r }]));
  const roots: Node[] = [];
  for (const r of rows) {
    const n = byId.get(r.id)!;
    const parent = r.parentId ? byId.get(r.parentId) : undefined;
    if (parent) (parent.children ??= []).push(n);
    else roots.push(n);
  }
  return roots;
}
/** Proposals in a category and everything below it (the list's category filter counts the same way). */
const totalOf = (n: Node): number => n.proposalCount + (n.children ?? []).reduce((s, c) => s + totalOf(c), 0);

/** 提案分类 (a tree: add, edit, move, delete when unused, import from Excel) and 提案工作设置. */
export default function ProposalCategoriesPage() {
  const { message } = App.useApp();
  const client = useApolloClient();
  const { viewer } = useViewer();
  const editable = can(viewer, "proposal:manage");
  const { data, loading, error, refetch } = useQuery(ProposalCategoriesQuery, { fetchPolicy: "cache-and-network" });
  const rows = data?.proposalCategories ?? [];
  const [target, setTarget] = useState<CategoryTarget | null>(null);
  const [importing, setImporting] = useState(false);
  const [remove] = useMutation(DeleteProposalCategoryMutation);
  const [importRows] = useMutation(ImportProposalCategoriesMutation);
  const tree = toTree(rows);

  const changed = async (text: string) => {
    message.success(text);
    setTarget(null);
    await refetch();
    // The filters and the 立案 form read the categories too.
    await client.refetchQueries({ include: ["ProposalLookups"] });
  };

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={16}>
        <Card
          title="提案分类"
          extra={
            editable && (
              <Space>
                <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
                  从 Excel 导入
                </Button>
                <Button type="primary" icon={<PlusOutlined />} onClick={() => setTarget({ mode: "create" })}>
                  新增分类
                </Button>
              </Space>
            )
          }
        >
          {error && <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 16 }} />}
          <Table<Node>
            rowKey="id"
            size="middle"
            loading={loading && !data}
            dataSource={tree}
            pagination={false}
            expandable={{ defaultExpandAllRows: true }}
            key={rows.length ? "loaded" : "empty"}
            locale={{ emptyText: "还没有提案分类，请新增或从 Excel 导入" }}
            columns={[
              { title: "分类名称", dataIndex: "name", key: "name" },
              { title: "排序", dataIndex: "sortOrder", key: "sortOrder", width: 80 },
              { title: "提案数（含下级）", key: "count", width: 140, render: (_, n) => totalOf(n) },
              ...(editable
                ? [
                    {
                      title: "操作",
                      key: "actions",
                      width: 200,
                      render: (_: unknown, n: Node) => {
                        const blocked = n.proposalCount > 0 ? `已被 ${n.proposalCount} 件提案使用，不能删除` : n.children?.length ? "有下级分类，不能删除" : null;
                        return (
                          <Space size={4}>
                            <Button type="link" size="small" onClick={() => setTarget({ mode: "edit", category: n })}>修改</Button>
                            <Button type="link" size="small" onClick={() => setTarget({ mode: "create", parentId: n.id })}>添加下级</Button>
                            {blocked ? (
                              <Tooltip title={blocked}>
                                <Button type="link" size="small" danger disabled>删除</Button>
                              </Tooltip>
                            ) : (
                              <Popconfirm
                                title={`删除分类“${n.name}”？`}
                                okText="删除"
                                okButtonProps={{ danger: true }}
                                cancelText="取消"
                                onConfirm={async () => {
                                  try {
                                    await remove({ variables: { id: n.id } });
                                    await changed(`已删除分类“${n.name}”`);
                                  } catch (e) {
                                    message.error(errorMessage(e));
                                  }
                                }}
                              >
                                <Button type="link" size="small" danger>删除</Button>
                              </Popconfirm>
                            )}
                          </Space>
                        );
                      },
                    },
                  ]
                : []),
            ]}
          />
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            已被提案使用或有下级分类的不能删除；可以修改名称或调整上级。
          </Typography.Paragraph>
        </Card>
      </Col>
      <Col xs={24} xl={8}>
        <SettingsCard editable={editable} />
      </Col>
      <CategoryFormModal target={target} categories={rows} onClose={() => setTarget(null)} onSaved={changed} />
      <ImportDialog
        open={importing}
        title="从 Excel 导入提案分类"
        unit="项"
        onClose={() => setImporting(false)}
        hint={<Alert type="info" showIcon title="模板列：分类名称、上级分类（可空）、排序。已存在的分类会跳过；文件有任何错误时一项也不导入。" />}
        loadTemplate={async () => (await client.query({ query: ProposalCategoryTemplateQuery, fetchPolicy: "no-cache" })).data!.proposalCategoryImportTemplate}
        validate={async (fileBase64) => (await importRows({ variables: { fileBase64, dryRun: true } })).data!.importProposalCategories}
        commit={async (fileBase64) => (await importRows({ variables: { fileBase64, dryRun: false } })).data!.importProposalCategories}
        onImported={(r) => {
          void changed(`已导入 ${r.imported} 项提案分类`);
        }}
      />
    </Row>
  );
}
