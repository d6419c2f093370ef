import { useEffect } from "react";
import { useMutation } from "@apollo/client/react";
import { App, Form, Input, InputNumber, Modal, TreeSelect } from "antd";
import { applyServerErrors } from "../../../app/form-errors";
import type { AdminProposalCategoriesQuery } from "../../../gql/graphql";
import { CreateProposalCategoryMutation, UpdateProposalCategoryMutation } from "../graphql/categories.graphql";
import { categoryTree } from "./category-tree";

type Category = AdminProposalCategoriesQuery["proposalCategories"][number];
export type CategoryTarget = { mode: "create"; parentId?: string | null } | { mode: "edit"; category: Category };

/** 新增 / 修改 a category: name, parent (not itself or below), order among its siblings. */
export function CategoryFormModal({ target, categories, onClose, onSaved }: { target: CategoryTarget | null; categories: Category[]; onClose: () => void; onSaved: (text: string) => void }) {
  const [form] = Form.useForm<{ name: string; parentId?: string | null; sortOrder?: number | null }>();
  const { message } = App.useApp();
  const [create, c] = useMutation(CreateProposalCategoryMutation);
  const [update, u] = useMutation(UpdateProposalCategoryMutation);
  const editing = target?.mode === "edit" ? target.category : null;

  useEffect(() => {
    if (!target) return;
    form.resetFields();
    if (target.mode === "edit") form.setFieldsValue({ name: target.category.name, parentId: target.category.parentId ?? undefined, sortOrder: target.category.sortOrder });
    else form.setFieldsValue({ parentId: target.parentId ?? undefined, sortOrder: 0 });
  }, [target, form]);

  // A category cannot move under itself or under one of its own children.
  const below = new Set<string>();
  if (editing) {
    below.add(editing.id);
    for (let grew = true; grew; ) {
      grew = false;
      for (const x of categories) if (x.parentId && below.has(x.parentId) && !below.has(x.id)) (below.add(x.id), (grew = true));
    }
  }
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const input = { name: v.name.trim(), parentId: v.parentId ?? null, sortOrder: v.sortOrder ?? 0 };
    try {
      if (editing) await update({ variables: { id: editing.id, input } });
      else await create({ variables: { input } });
      onSaved(editing ? "已保存分类" : `已新增分类“${input.name}”`);
    } catch (e) {
      message.error(applyServerErrors(form, e));
    }
  };
  return (
    <Modal title={editing ? `修改分类：${editing.name}` : "新增分类"} open={!!target} onCancel={onClose} onOk={submit} okText="保存" cancelText="取消" okButtonProps={{ loading: c.loading || u.loading }} destroyOnHidden>
      <Form form={form} layout="vertical">
        <Form.Item label="分类名称" name="name" rules={[{ required: true, whitespace: true, message: "请输入分类名称" }, { max: 50, message: "分类名称最多 50 个字符" }]}>
          <Input maxLength={50} placeholder="如：教育" />
        </Form.Item>
        <Form.Item label="上级分类" name="parentId" extra="不选则为一级分类">
          <TreeSelect allowClear treeDefaultExpandAll placeholder="一级分类" treeData={categoryTree(categories.filter((x) => !below.has(x.id)))} />
        </Form.Item>
        <Form.Item label="排序" name="sortOrder" extra="同一级内数字小的在前">
          <InputNumber min={0} max={100000} precision={0} style={{ width: 160 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
