/**
 * In-app help: each screen's 使用帮助 opens the manual (docs/manual, served at /help) at the page for that
 * screen. Longest matching path prefix wins; help.test.ts fails if a target page or heading is missing.
 */
export type HelpApp = "admin" | "portal";

/** [path prefix inside the app, manual page (+ "#heading")]. */
export const HELP_PAGES: Record<HelpApp, readonly (readonly [string, string])[]> = {
  admin: [
    ["/", "index.html"],
    ["/dashboard", "80-dashboard.html"],
    ["/dashboard/screen", "80-dashboard.html#大屏模式"],
    ["/users", "20-users.html"],
    ["/audit", "21-audit.html"],
    ["/account-security", "10-login.html#两步验证（动态验证码）"],
    ["/change-password", "10-login.html#首次登录如何修改初始密码"],
    ["/members", "35-members.html"],
    ["/members/changes", "35-members.html#审核委员的修改申请"],
    ["/members/statistics", "35-members.html#委员统计"],
    ["/organisation", "35-members.html#届次、字典与承办单位"],
    ["/notices", "36-notices.html"],
    ["/circles", "32-circles.html"],
    ["/circles/moderation", "32-circles.html#处理举报和管理帖子（委员工作部门）"],
    ["/proposals", "40-proposals-staff.html"],
    ["/proposals/tracking", "40-proposals-staff.html#办理追踪"],
    ["/proposals/statistics", "40-proposals-staff.html#提案统计"],
    ["/proposals/categories", "40-proposals-staff.html#分类与设置"],
    ["/proposals/handling", "41-proposals-member.html#承办单位：签收与答复"],
    ["/opinions", "50-opinions.html"],
    ["/opinions/journals", "50-opinions.html#机关工作人员：刊物编排、导出 Word 与刊发"],
    ["/opinions/statistics", "50-opinions.html#统计"],
    ["/meetings", "60-meetings.html"],
    ["/meeting-kinds", "60-meetings.html"],
    ["/meeting-speeches", "60-meetings.html#大会发言"],
    ["/meeting-statistics", "60-meetings.html#出勤统计"],
    ["/photo-stories", "60-meetings.html#履职风采"],
    ["/performance", "70-performance.html"],
    ["/performance/materials", "70-performance.html#机关工作人员：材料审核"],
    ["/performance/runs", "70-performance.html#机关工作人员：履职评分"],
    ["/performance/rules", "70-performance.html#机关工作人员：评分规则"],
    ["/cms", "65-cms.html"],
    ["/cms/articles", "65-cms.html#写稿与送审（网站编辑）"],
    ["/cms/review", "65-cms.html#审核与发布（审核人员）"],
    ["/cms/channels", "65-cms.html#栏目与权限（网站管理员）"],
    ["/cms/words", "65-cms.html#错敏词"],
    ["/cms/search", "65-cms.html#站内检索（管理端）"],
  ],
  portal: [
    ["/", "30-portal.html"],
    ["/login", "30-portal.html#如何登录"],
    ["/workbench", "30-portal.html#工作台"],
    ["/me", "30-portal.html#我的"],
    ["/proposals", "41-proposals-member.html#委员：我的提案"],
    ["/proposals/new", "41-proposals-member.html#委员：写提案"],
    ["/handling", "41-proposals-member.html#承办单位：签收与答复"],
    ["/opinions", "50-opinions.html#委员：写社情民意"],
    ["/meetings", "60-meetings.html#委员：回执与签到"],
    ["/checkin", "60-meetings.html#委员：回执与签到"],
    ["/photo-stories", "60-meetings.html#委员：履职风采"],
    ["/performance", "70-performance.html#委员：履职档案"],
    ["/notices", "36-notices.html#阅读通知（委员）"],
    ["/contacts", "37-contacts.html"],
    ["/circles", "32-circles.html#加入圈子和发帖（委员）"],
  ],
};

/** The manual page (relative to /help/) for a path inside the app. */
export function helpPageFor(app: HelpApp, pathname: string): string {
  let best: readonly [string, string] = HELP_PAGES[app][0]!;
  for (const entry of HELP_PAGES[app]) {
    const [prefix] = entry;
    const matches = prefix === "/" || pathname === prefix || pathname.startsWith(`${prefix}/`);
    if (matches && prefix.length > best[0].length) best = entry;
  }
  return best[1];
}

/** The address to open: /help/<page>, the heading part encoded for the URL. */
export function helpUrlFor(app: HelpApp, pathname: string): string {
  const [page, heading] = helpPageFor(app, pathname).split("#");
  return `/help/${page}${heading ? `#${encodeURIComponent(heading)}` : ""}`;
}
