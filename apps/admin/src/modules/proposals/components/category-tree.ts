/** The flat category list (tree order, parentId) as antd tree data. */
export interface CategoryLike {
  id: string;
  parentId?: string | null;
  name: string;
}
export interface CategoryNode {
  value: string;
  title: string;
  key: string;
  children?: CategoryNode[];
}

export function categoryTree(rows: readonly CategoryLike[], disabledId?: string): CategoryNode[] {
  const nodes = new Map<string, CategoryNode & { disabled?: boolean }>();
  for (const r of rows) nodes.set(r.id, { value: r.id, key: r.id, title: r.name, disabled: r.id === disabledId });
  const roots: CategoryNode[] = [];
  for (const r of rows) {
    const node = nodes.get(r.id)!;
    const parent = r.parentId ? nodes.get(r.parentId) : undefined;
    if (parent) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  return roots;
}
