import { useLocation, useNavigate } from "react-router";
import { Button, Space } from "antd";
import type { Permission } from "@zhzx/shared";
import { useViewer } from "../../../app/viewer";
import { CMS_ANY, CMS_DECIDERS, canAny } from "./cms-access";

interface Link {
  path: string;
  label: string;
  permissions: Permission[];
}

const LINKS: Link[] = [
  { path: "/cms/channels", label: "栏目管理", permissions: ["cms:admin"] },
  { path: "/cms/articles", label: "内容管理", permissions: ["cms:edit", "cms:admin"] },
  { path: "/cms/review", label: "内容审核", permissions: ["cms:review"] },
  { path: "/cms/publish", label: "发布管理", permissions: CMS_ANY },
  { path: "/cms/submissions", label: "呈送审核", permissions: CMS_DECIDERS },
  { path: "/cms/search", label: "站内检索", permissions: CMS_ANY },
  { path: "/cms/checks", label: "站点检查", permissions: CMS_ANY },
];

/**
 * The website screens the viewer may use, as links at the top of each screen. The left menu takes one
 * permission per entry, so it cannot offer every screen to every role that may use it (see index.tsx).
 */
export function CmsQuickLinks() {
  const { viewer } = useViewer();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const links = LINKS.filter((l) => canAny(viewer, l.permissions) && !pathname.startsWith(l.path));
  return (
    <Space size={0} wrap>
      {links.map((l) => (
        <Button key={l.path} type="link" size="small" onClick={() => navigate(l.path)}>
          {l.label}
        </Button>
      ))}
    </Space>
  );
}
