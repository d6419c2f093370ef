import { lazy } from "react";
import { AuditOutlined, BarChartOutlined, CloudUploadOutlined, FileSearchOutlined, FileTextOutlined, GlobalOutlined, PartitionOutlined, SafetyCertificateOutlined, ImportOutlined, SendOutlined, StopOutlined } from "@ant-design/icons";
import type { AdminModule } from "../../app/modules";
import { CMS_ANY, CMS_DECIDERS } from "./components/cms-access";

const ChannelsPage = lazy(() => import("./pages/ChannelsPage"));
const ArticlesPage = lazy(() => import("./pages/ArticlesPage"));
const ArticleEditorPage = lazy(() => import("./pages/ArticleEditorPage"));
const PublishPage = lazy(() => import("./pages/PublishPage"));
const SubmissionsPage = lazy(() => import("./pages/SubmissionsPage"));
const SearchPage = lazy(() => import("./pages/SearchPage"));
const WordsPage = lazy(() => import("./pages/WordsPage"));
const ChecksPage = lazy(() => import("./pages/ChecksPage"));
const ImportPage = lazy(() => import("./pages/ImportPage"));
const ScoresPage = lazy(() => import("./pages/ScoresPage"));

/**
 * 网站管理: the committee website's CMS. Most screens serve editors, reviewers and the site administrator
 * alike, so entries and routes carry the list of permissions that may use them (any one suffices);
 * which channels and actions a user may use is then decided per channel by the server.
 */
export const cmsModule: AdminModule = {
  name: "cms",
  groups: [{ key: "cms", label: "网站管理", icon: <GlobalOutlined />, order: 600 }],
  menu: [
    { key: "cms-channels", label: "栏目管理", icon: <PartitionOutlined />, path: "/cms/channels", permission: "cms:admin", group: "cms", order: 10 },
    { key: "cms-articles", label: "内容管理", icon: <FileTextOutlined />, path: "/cms/articles", permission: ["cms:edit", "cms:admin"], group: "cms", order: 20 },
    { key: "cms-review", label: "内容审核", icon: <AuditOutlined />, path: "/cms/review", permission: "cms:review", group: "cms", order: 30 },
    { key: "cms-publish", label: "发布管理", icon: <CloudUploadOutlined />, path: "/cms/publish", permission: CMS_ANY, group: "cms", order: 40 },
    { key: "cms-submissions", label: "呈送审核", icon: <SendOutlined />, path: "/cms/submissions", permission: CMS_DECIDERS, group: "cms", order: 50 },
    { key: "cms-search", label: "站内检索", icon: <FileSearchOutlined />, path: "/cms/search", permission: CMS_ANY, group: "cms", order: 60 },
    { key: "cms-words", label: "错敏词", icon: <StopOutlined />, path: "/cms/words", permission: CMS_ANY, group: "cms", order: 70 },
    { key: "cms-checks", label: "站点检查", icon: <SafetyCertificateOutlined />, path: "/cms/checks", permission: CMS_ANY, group: "cms", order: 80 },
    { key: "cms-scores", label: "栏目考核", icon: <BarChartOutlined />, path: "/cms/scores", permission: CMS_ANY, group: "cms", order: 85 },
    { key: "cms-import", label: "历史文章导入", icon: <ImportOutlined />, path: "/cms/import", permission: "cms:admin", group: "cms", order: 95 },
  ],
  routes: [
    { path: "cms/channels", permission: "cms:admin", Component: ChannelsPage },
    { path: "cms/articles", permission: CMS_ANY, Component: () => <ArticlesPage mode="edit" /> },
    { path: "cms/articles/new", permission: CMS_ANY, Component: () => <ArticleEditorPage base="/cms/articles" /> },
    { path: "cms/articles/:id", permission: CMS_ANY, Component: () => <ArticleEditorPage base="/cms/articles" /> },
    { path: "cms/review", permission: CMS_ANY, Component: () => <ArticlesPage mode="review" /> },
    { path: "cms/review/:id", permission: CMS_ANY, Component: () => <ArticleEditorPage base="/cms/review" /> },
    { path: "cms/publish", permission: CMS_ANY, Component: PublishPage },
    { path: "cms/submissions", permission: CMS_ANY, Component: SubmissionsPage },
    { path: "cms/search", permission: CMS_ANY, Component: SearchPage },
    { path: "cms/words", permission: CMS_ANY, Component: WordsPage },
    { path: "cms/checks", permission: CMS_ANY, Component: ChecksPage },
    { path: "cms/scores", permission: CMS_ANY, Component: ScoresPage },
    { path: "cms/import", permission: "cms:admin", Component: ImportPage },
  ],
};
