import { Button, List, Popconfirm, Space, Tag, Typography } from "antd";
import type { InstructionKind } from "@zhzx/shared";
import type { OpinionInstructionFieldsFragment } from "../../../gql/graphql";
import { InstructionAttachments } from "./InstructionAttachments";

const KIND_COLORS: Record<InstructionKind, string> = { HIGHER_ADOPTION: "purple", LEADER_INSTRUCTION: "red", DEPARTMENT_REPLY: "blue" };

/**
 * 批示反馈 in the order the server gives them: who, when, what, and the files. `opinionId` is the item being
 * looked at (the files are fetched for it); with `onDelete`, this committee's own entries can be removed
 * and their files changed (`onChanged` after a file was added or removed).
 */
export function InstructionList({ opinionId, items, onDelete, onChanged }: {
  opinionId: string;
  items: OpinionInstructionFieldsFragment[];
  onDelete?: (i: OpinionInstructionFieldsFragment) => void;
  onChanged?: () => void;
}) {
  return (
    <List
      size="small"
      dataSource={items}
      renderItem={(i) => (
        <List.Item
          key={i.id}
          actions={
            onDelete && !i.sourceTenantName
              ? [
                  <Popconfirm key="del" title="确定删除这条批示反馈吗？" description="删除操作会记录在流转记录中。" okText="删除" okButtonProps={{ danger: true }} cancelText="取消" onConfirm={() => onDelete(i)}>
                    <Button type="link" size="small" danger>
                      删除
                    </Button>
                  </Popconfirm>,
                ]
              : undefined
          }
        >
          <List.Item.Meta
            title={
              <Space size={6} wrap>
                <Tag color={KIND_COLORS[i.kind]} style={{ marginInlineEnd: 0 }}>
                  {i.kindLabel}
                </Tag>
                <span>
                  {i.authorName}
                  {i.authorTitle ? `（${i.authorTitle}）` : ""}
                </span>
                <Typography.Text type="secondary">{i.instructedAt}</Typography.Text>
                {i.sourceTenantName && <Tag style={{ marginInlineEnd: 0 }}>{i.sourceTenantName}回传</Tag>}
              </Space>
            }
            description={
              <>
                <div style={{ whiteSpace: "pre-wrap", color: "rgba(0,0,0,0.85)" }}>{i.content}</div>
                <InstructionAttachments opinionId={opinionId} instructionId={i.id} files={i.attachments} editable={!!onDelete && !i.sourceTenantName} onChanged={onChanged} />
              </>
            }
          />
        </List.Item>
      )}
    />
  );
}
