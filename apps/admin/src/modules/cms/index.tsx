import { lazy } from "react";
import { AuditOutlined, CloudUploadOutlined, FileSearchOutlined, FileTextOutlined, GlobalOutlined, PartitionOutlined, SendOutlined } from "@ant-design/icons";
import type { AdminModule } from "../../app/modules";
import { CMS_ANY, RequireAnyPermission } from "./components/cms-access";

const ChannelsPage = lazy(() => import("./pages/ChannelsPage"));
const ArticlesPage = lazy(() => import("./pages/ArticlesPage"));
const ArticleEditorPage = lazy(() => import("./pages/ArticleEditorPage"));
const PublishPage = lazy(() => import("./pages/PublishPage"));
const SubmissionsPage = lazy(() => import("./pages/SubmissionsPage"));
const SearchPage = lazy(() => import("./pages/SearchPage"));

/**
 * 网站管理: the committee website's CMS. A menu entry carries a single permission and the menu keys
 * entries by path, so each screen is listed under the permission of the role that mainly uses it
 * (editors cms:edit, reviewers cms:review, the site administrator cms:admin); every screen links to the
 * others the viewer may use (CmsQuickLinks), and the routes themselves admit any of the CMS permissions
 * that the server would honour. Per-channel rights are the server's business.
 */
export const cmsModule: AdminModule = {
  name: "cms",
  groups: [{ key: "cms", label: "网站管理", icon: <GlobalOutlined />, order: 600 }],
  menu: [
    { key: "cms-channels", label: "栏目管理", icon: <PartitionOutlined />, path: "/cms/channels", permission: "cms:admin", group: "cms", order: 10 },
    { key: "cms-articles", label: "内容管理", icon: <FileTextOutlined />, path: "/cms/articles", permission: "cms:edit", group: "cms", order: 20 },
    { key: "cms-review", label: "内容审核", icon: <AuditOutlined />, path: "/cms/review", permission: "cms:review", group: "cms", order: 30 },
    { key: "cms-publish", label: "发布管理", icon: <CloudUploadOutlined />, path: "/cms/publish", permission: "cms:review", group: "cms", order: 40 },
    { key: "cms-submissions", label: "呈送审核", icon: <SendOutlined />, path: "/cms/submissions", permission: "cms:review", group: "cms", order: 50 },
    { key: "cms-search", label: "站内检索", icon: <FileSearchOutlined />, path: "/cms/search", permission: "cms:edit", group: "cms", order: 60 },
  ],
  routes: [
    { path: "cms/channels", permission: "cms:admin", Component: ChannelsPage },
    { path: "cms/articles", Component: () => <RequireAnyPermission permissions={CMS_ANY}><ArticlesPage mode="edit" /></RequireAnyPermission> },
    { path: "cms/articles/new", Component: () => <RequireAnyPermission permissions={CMS_ANY}><ArticleEditorPage base="/cms/articles" /></RequireAnyPermission> },
    { path: "cms/articles/:id", Component: () => <RequireAnyPermission permissions={CMS_ANY}><ArticleEditorPage base="/cms/articles" /></RequireAnyPermission> },
    { path: "cms/review", Component: () => <RequireAnyPermission permissions={CMS_ANY}><ArticlesPage mode="review" /></RequireAnyPermission> },
    { path: "cms/review/:id", Component: () => <RequireAnyPermission permissions={CMS_ANY}><ArticleEditorPage base="/cms/review" /></RequireAnyPermission> },
    { path: "cms/publish", Component: () => <RequireAnyPermission permissions={CMS_ANY}><PublishPage /></RequireAnyPermission> },
    { path: "cms/submissions", Component: () => <RequireAnyPermission permissions={CMS_ANY}><SubmissionsPage /></RequireAnyPermission> },
    { path: "cms/search", Component: () => <RequireAnyPermission permissions={CMS_ANY}><SearchPage /></RequireAnyPermission> },
  ],
};
