import { Tag } from "antd";
import type { UserRowFragment } from "../../../gql/graphql";

type Status = Pick<UserRowFragment, "disabled" | "locked" | "mustChangePassword">;

export function UserStatusTags({ user }: { user: Status }) {
  const tags = [
    user.disabled && <Tag key="disabled" color="red">已停用</Tag>,
    user.locked && <Tag key="locked" color="orange">已锁定</Tag>,
    user.mustChangePassword && <Tag key="must" color="blue">待改密</Tag>,
  ].filter(Boolean);
  return tags.length ? <>{tags}</> : <Tag color="green">正常</Tag>;
}
