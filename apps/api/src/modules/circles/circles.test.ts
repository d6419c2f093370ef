import { describe, expect, it } from "vitest";
import { owner } from "../../../test/support/db";
import { execAs } from "../../../test/support/gql";
import { createSession } from "../members/members.fixtures";
import { C, circleCommittee, TINY_PNG } from "./circles.fixtures";

const PNG64 = TINY_PNG.toString("base64");
const ok = <T>(r: { data: T; errors?: unknown }) => {
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data;
};

/** The committee's circles as a member sees them, by name. */
async function circlesOf(viewer: Parameters<typeof execAs>[0]) {
  return ok(await execAs(viewer, C.myCircles)).myCircles.items as { id: string; kind: string; name: string; joined: boolean; canPost: boolean; memberCount: number }[];
}

describe("圈子：成员", () => {
  it("puts a member in the circles of their current term's 专委会 and 界别, lists open circles to join, and counts members", async () => {
    const c = await circleCommittee();
    const a = await c.member("甲", { sector: 1, committee: 0 });
    const b = await c.member("乙", { sector: 1 });
    const older = await createSession(c.tenantId);
    const d = await c.member("丁", { sector: 2, committee: 1 }, older.id); // 上届任职：不属于任何圈子
    await owner.circle.create({ data: { tenantId: c.tenantId, kind: "OPEN", name: "读书会" } });

    const mine = await circlesOf(a.viewer);
    expect(mine.map((x) => [x.name, x.kind, x.joined, x.canPost, x.memberCount])).toEqual([
      ["提案委员会", "SPECIAL_COMMITTEE", true, true, 1],
      ["经济界", "SECTOR", true, true, 2],
      ["读书会", "OPEN", false, false, 0],
    ]);
    expect((await circlesOf(b.viewer)).map((x) => x.name)).toEqual(["经济界", "读书会"]);
    expect((await circlesOf(d.viewer)).map((x) => x.name)).toEqual(["读书会"]);

    // Staff see every 专委会 and 界别 circle of the dictionary, whether anyone is in it or not.
    const all = ok(await execAs(c.moderator, C.circles, { f: { kind: "SECTOR" } })).circles;
    expect(all.items.map((x: { name: string }) => x.name).sort()).toEqual(["中国共产党", "教育界", "经济界"].sort());

    const open = mine[2]!;
    const joined = ok(await execAs(b.viewer, C.join, { id: open.id, j: true })).setCircleJoined;
    expect(joined).toMatchObject({ joined: true, canPost: true, memberCount: 1 });
    expect(ok(await execAs(b.viewer, C.join, { id: open.id, j: true })).setCircleJoined.memberCount).toBe(1); // twice is once
    const sector = mine[1]!;
    const r = await execAs(b.viewer, C.join, { id: sector.id, j: false });
    expect([r.code, r.errors?.[0]?.message]).toEqual(["VALIDATION_FAILED", "专委会、界别圈子按本届任职自动加入，不能手动加入或退出"]);
  });
});

describe("圈子：发帖、点赞、评论、举报", () => {
  it("checks a post: not empty, at most 2000 characters, control characters dropped, only members post", async () => {
    const c = await circleCommittee();
    const a = await c.member("甲", { sector: 1 });
    const outsider = await c.member("乙", { sector: 2 });
    const sector = (await circlesOf(a.viewer)).find((x) => x.kind === "SECTOR")!;

    const empty = await execAs(a.viewer, C.post, { i: { circleId: sector.id, text: "  \u0007 " } });
    expect([empty.code, empty.errors?.[0]?.message]).toEqual(["VALIDATION_FAILED", "请输入帖子内容或添加图片"]);
    const long = await execAs(a.viewer, C.post, { i: { circleId: sector.id, text: "长".repeat(2001) } });
    expect(long.errors?.[0]?.message).toBe("帖子内容最多 2000 个字");

    const p = ok(await execAs(a.viewer, C.post, { i: { circleId: sector.id, text: "调研\u0000报告\u202e已完成\r\n<b>欢迎</b>讨论" } })).createCirclePost;
    expect(p).toMatchObject({ text: "调研报告已完成\n<b>欢迎</b>讨论", status: "VISIBLE", mine: true, likeCount: 0, author: { name: "甲" } });

    const foreign = await execAs(outsider.viewer, C.post, { i: { circleId: sector.id, text: "我也来说两句" } });
    expect(foreign.code).toBe("NOT_FOUND");
    const audit = await owner.auditLog.findFirst({ where: { tenantId: c.tenantId, action: "circle.post.create", targetId: p.id } });
    expect(audit?.detail).toMatchObject({ circleId: sector.id, images: 0 });
  });

  it("takes images checked by their bytes, at most 9, only the uploader's own", async () => {
    const c = await circleCommittee();
    const a = await c.member("甲", { sector: 1 });
    const b = await c.member("乙", { sector: 1 });
    const sector = (await circlesOf(a.viewer)).find((x) => x.kind === "SECTOR")!;

    const fake = await execAs(a.viewer, C.upload, { b: Buffer.from("<svg onload=alert(1)>").toString("base64") });
    expect([fake.code, fake.errors?.[0]?.message]).toEqual(["VALIDATION_FAILED", "只能上传 PNG、JPEG、GIF 或 WebP 图片"]);
    const big = await execAs(a.viewer, C.upload, { b: Buffer.alloc(2 * 1024 * 1024 + 10, 1).toString("base64") });
    expect(big.errors?.[0]?.message).toMatch(/文件过大/);

    const ids: string[] = [];
    for (let i = 0; i < 10; i++) ids.push(ok(await execAs(a.viewer, C.upload, { b: PNG64 })).uploadCircleImage.id);
    const ten = await execAs(a.viewer, C.post, { i: { circleId: sector.id, imageIds: ids } });
    expect(ten.errors?.[0]?.message).toBe("每条帖子最多 9 张图片");

    const stolen = await execAs(b.viewer, C.post, { i: { circleId: sector.id, text: "借图", imageIds: [ids[0]] } });
    expect(stolen.errors?.[0]?.message).toBe("图片不存在或已被使用，请重新上传");

    const p = ok(await execAs(a.viewer, C.post, { i: { circleId: sector.id, imageIds: ids.slice(0, 3) } })).createCirclePost;
    expect(p.images.map((i: { id: string }) => i.id)).toEqual(ids.slice(0, 3));
    expect(p.images[0].url).toBe(`/files/circle-images/${ids[0]}`);
    const again = await execAs(a.viewer, C.post, { i: { circleId: sector.id, imageIds: [ids[0]] } });
    expect(again.errors?.[0]?.message).toBe("图片不存在或已被使用，请重新上传");
  });

  it("pages the feed by cursor, newest first, pinned posts on top of the first page only", async () => {
    const c = await circleCommittee();
    const a = await c.member("甲", { sector: 1 });
    const sector = (await circlesOf(a.viewer)).find((x) => x.kind === "SECTOR")!;
    const ids: string[] = [];
    for (let i = 1; i <= 5; i++) ids.push(ok(await execAs(a.viewer, C.post, { i: { circleId: sector.id, text: `第${i}条` } })).createCirclePost.id);
    ok(await execAs(c.moderator, C.moderate, { p: ids[1], a: "PIN", r: "优质内容" }));

    const first = ok(await execAs(a.viewer, C.feed, { c: sector.id, n: 2 })).circleFeed;
    expect(first.pinned.map((p: { text: string }) => p.text)).toEqual(["第2条"]);
    expect(first.items.map((p: { text: string }) => p.text)).toEqual(["第5条", "第4条"]);
    const second = ok(await execAs(a.viewer, C.feed, { c: sector.id, n: 2, a: first.nextCursor })).circleFeed;
    expect([second.pinned, second.items.map((p: { text: string }) => p.text)]).toEqual([[], ["第3条", "第1条"]]);
    expect(second.nextCursor).toBeNull();
    const bad = await execAs(a.viewer, C.feed, { c: sector.id, a: "bm90LWEtY3Vyc29y" });
    expect(bad.errors?.[0]?.message).toBe("无效的分页游标");
  });

  it("counts one like per member however often they like, and comments with a notice to the author", async () => {
    const c = await circleCommittee();
    const a = await c.member("甲", { sector: 1 });
    const b = await c.member("乙", { sector: 1 });
    const sector = (await circlesOf(a.viewer)).find((x) => x.kind === "SECTOR")!;
    const p = ok(await execAs(a.viewer, C.post, { i: { circleId: sector.id, text: "周末去调研" } })).createCirclePost;

    await execAs(b.viewer, C.like, { p: p.id, l: true });
    const twice = ok(await execAs(b.viewer, C.like, { p: p.id, l: true })).likeCirclePost;
    expect(twice).toMatchObject({ likeCount: 1, likedByMe: true });
    ok(await execAs(a.viewer, C.like, { p: p.id, l: true }));
    expect(await owner.circleLike.count({ where: { tenantId: c.tenantId, postId: p.id } })).toBe(2);
    expect(ok(await execAs(b.viewer, C.like, { p: p.id, l: false })).likeCirclePost).toMatchObject({ likeCount: 1, likedByMe: false });

    const long = await execAs(b.viewer, C.comment, { p: p.id, t: "评".repeat(501) });
    expect(long.errors?.[0]?.message).toBe("评论内容最多 500 个字");
    ok(await execAs(b.viewer, C.comment, { p: p.id, t: "一起去" }));
    ok(await execAs(a.viewer, C.comment, { p: p.id, t: "好的" }));
    const list = ok(await execAs(a.viewer, C.comments, { p: p.id })).circleComments;
    expect(list.items.map((x: { text: string; author: { name: string } }) => [x.author.name, x.text])).toEqual([["乙", "一起去"], ["甲", "好的"]]);
    const feed = ok(await execAs(a.viewer, C.feed, { c: sector.id })).circleFeed;
    expect(feed.items[0]).toMatchObject({ likeCount: 1, commentCount: 2, likedByMe: true });

    const notes = await owner.notification.findMany({ where: { tenantId: c.tenantId, kind: "circle.comment" } });
    expect(notes.map((n) => [n.userId, n.title])).toEqual([[a.user.id, `乙评论了您在“经济界”的帖子`]]); // not for one's own comment
  });

  it("takes one report per member, not of one's own post, and raises the moderators' to-do", async () => {
    const c = await circleCommittee();
    const a = await c.member("甲", { sector: 1 });
    const b = await c.member("乙", { sector: 1 });
    const sector = (await circlesOf(a.viewer)).find((x) => x.kind === "SECTOR")!;
    const p = ok(await execAs(a.viewer, C.post, { i: { circleId: sector.id, text: "广告：低价出售" } })).createCirclePost;

    expect((await execAs(a.viewer, C.report, { p: p.id, i: { category: "ADVERTISING" } })).errors?.[0]?.message).toBe("不能举报自己的帖子");
    expect((await execAs(b.viewer, C.report, { p: p.id, i: { category: "OTHER" } })).errors?.[0]?.message).toBe("选择“其他”时请填写举报说明");
    expect(ok(await execAs(b.viewer, C.report, { p: p.id, i: { category: "ADVERTISING", note: "推销" } })).reportCirclePost.reportedByMe).toBe(true);
    const twice = await execAs(b.viewer, C.report, { p: p.id, i: { category: "ABUSE" } });
    expect([twice.code, twice.errors?.[0]?.message]).toEqual(["CONFLICT", "您已举报过该帖子，管理员会尽快处理"]);

    const todo = await owner.todoItem.findFirst({ where: { tenantId: c.tenantId, sourceId: p.id, kind: "circle.report" } });
    expect(todo).toMatchObject({ assigneePermission: "circle:moderate", doneAt: null, link: `/admin/circles/moderation?post=${p.id}` });
    const queue = ok(await execAs(c.moderator, C.queue, { f: { reportedOnly: true } })).circleModerationPosts;
    expect(queue.items.map((x: { id: string; openReportCount: number }) => [x.id, x.openReportCount])).toEqual([[p.id, 1]]);
  });
});

describe("圈子：管理", () => {
  it("lets only moderators hide, with a reason; hidden posts leave the members' view, stay in the moderators', and the author is told why", async () => {
    const c = await circleCommittee();
    const a = await c.member("甲", { sector: 1 });
    const b = await c.member("乙", { sector: 1 });
    const sector = (await circlesOf(a.viewer)).find((x) => x.kind === "SECTOR")!;
    const p = ok(await execAs(a.viewer, C.post, { i: { circleId: sector.id, text: "不当言论" } })).createCirclePost;
    ok(await execAs(b.viewer, C.report, { p: p.id, i: { category: "ABUSE" } }));

    expect((await execAs(b.viewer, C.moderate, { p: p.id, a: "HIDE", r: "我不喜欢" })).code).toBe("FORBIDDEN");
    const noReason = await execAs(c.moderator, C.moderate, { p: p.id, a: "HIDE", r: "  " });
    expect([noReason.code, noReason.errors?.[0]?.message]).toEqual(["VALIDATION_FAILED", "请输入处理理由"]);

    const hidden = ok(await execAs(c.moderator, C.moderate, { p: p.id, a: "HIDE", r: "含人身攻击内容" })).moderateCirclePost;
    expect(hidden).toMatchObject({ status: "HIDDEN", openReportCount: 0, moderationReason: "含人身攻击内容" });
    expect((await execAs(c.moderator, C.moderate, { p: p.id, a: "HIDE", r: "再隐藏一次" })).errors?.[0]?.message).toBe("已隐藏的帖子不能隐藏");

    for (const v of [a.viewer, b.viewer]) {
      expect(ok(await execAs(v, C.feed, { c: sector.id })).circleFeed.items).toEqual([]);
      expect((await execAs(v, C.postOne, { id: p.id })).code).toBe("NOT_FOUND");
      expect((await execAs(v, C.like, { p: p.id, l: true })).code).toBe("NOT_FOUND");
    }
    expect(ok(await execAs(c.moderator, C.postOne, { id: p.id })).circlePost).toMatchObject({ status: "HIDDEN", text: "不当言论" });
    expect(ok(await execAs(c.moderator, C.queue, { f: { status: "HIDDEN" } })).circleModerationPosts.total).toBe(1);

    const toAuthor = await owner.notification.findFirst({ where: { tenantId: c.tenantId, userId: a.user.id, kind: "circle.moderation" } });
    expect(toAuthor).toMatchObject({ title: "您在“经济界”的帖子已被隐藏", body: "处理理由：含人身攻击内容\n帖子内容：不当言论" });
    const toReporter = await owner.notification.findFirst({ where: { tenantId: c.tenantId, userId: b.user.id, kind: "circle.report-result" } });
    expect(toReporter?.title).toBe("您举报的“经济界”帖子已处理");
    expect(await owner.circleReport.findFirst({ where: { tenantId: c.tenantId, postId: p.id } })).toMatchObject({ status: "RESOLVED" });
    expect(await owner.todoItem.findFirst({ where: { tenantId: c.tenantId, sourceId: p.id, kind: "circle.report" } })).toMatchObject({ doneBy: c.moderator.userId });
    expect(ok(await execAs(c.moderator, C.log, { p: p.id })).circleModerationLog.items).toEqual([
      { action: "HIDE", reason: "含人身攻击内容", actorName: c.moderator.displayName, member: { name: "甲" } },
    ]);
    expect(await owner.auditLog.findFirst({ where: { tenantId: c.tenantId, action: "circle.post.hide", targetId: p.id } })).toBeTruthy();

    ok(await execAs(c.moderator, C.moderate, { p: p.id, a: "UNHIDE", r: "经复核无问题" }));
    expect(ok(await execAs(b.viewer, C.feed, { c: sector.id })).circleFeed.items.map((x: { id: string }) => x.id)).toEqual([p.id]);
    ok(await execAs(c.moderator, C.moderate, { p: p.id, a: "DELETE", r: "作者要求删除" }));
    expect((await execAs(a.viewer, C.postOne, { id: p.id })).code).toBe("NOT_FOUND");
  });

  it("bans a member from posting and commenting in one circle for N days; lifting the ban lets them post again", async () => {
    const c = await circleCommittee();
    const a = await c.member("甲", { sector: 1, committee: 0 });
    const b = await c.member("乙", { sector: 1 });
    const circles = await circlesOf(a.viewer);
    const sector = circles.find((x) => x.kind === "SECTOR")!;
    const committee = circles.find((x) => x.kind === "SPECIAL_COMMITTEE")!;
    const p = ok(await execAs(b.viewer, C.post, { i: { circleId: sector.id, text: "欢迎讨论" } })).createCirclePost;

    expect((await execAs(b.viewer, C.ban, { c: sector.id, m: a.id, d: 3, r: "刷屏" })).code).toBe("FORBIDDEN");
    expect((await execAs(c.moderator, C.ban, { c: sector.id, m: a.id, d: 0, r: "刷屏" })).errors?.[0]?.message).toBe("禁言天数须为 1—365 天");
    const ban = ok(await execAs(c.moderator, C.ban, { c: sector.id, m: a.id, d: 3, r: "多次刷屏" })).banCircleMember;
    expect(ban).toMatchObject({ active: true, days: 3, member: { name: "甲" } });
    expect(new Date(ban.until).getTime() - Date.now()).toBeGreaterThan(3 * 86_400_000 - 60_000);

    const refused = await execAs(a.viewer, C.post, { i: { circleId: sector.id, text: "我又来了" } });
    expect(refused.code).toBe("FORBIDDEN");
    expect(refused.errors?.[0]?.message).toMatch(/^您在该圈子已被禁言至 .+（理由：多次刷屏），暂不能发帖或评论$/);
    expect((await execAs(a.viewer, C.comment, { p: p.id, t: "评论也不行" })).code).toBe("FORBIDDEN");
    expect(ok(await execAs(a.viewer, C.like, { p: p.id, l: true })).likeCirclePost.likeCount).toBe(1); // reading and liking stay
    ok(await execAs(a.viewer, C.post, { i: { circleId: committee.id, text: "其他圈子不受影响" } }));
    expect((await circlesOf(a.viewer)).find((x) => x.id === sector.id)).toMatchObject({ canPost: false });
    const told = await owner.notification.findFirst({ where: { tenantId: c.tenantId, userId: a.user.id, kind: "circle.moderation" } });
    expect(told?.title).toBe("您在“经济界”被禁言 3 天");

    expect((await execAs(c.moderator, C.ban, { c: sector.id, m: a.id, d: 1, r: "再禁" })).code).toBe("CONFLICT");
    ok(await execAs(c.moderator, C.lift, { id: ban.id, r: "已诚恳道歉" }));
    ok(await execAs(a.viewer, C.post, { i: { circleId: sector.id, text: "感谢理解" } }));
  });

  it("keeps circles to their committee: another committee's moderator and members see nothing of them", async () => {
    const c = await circleCommittee();
    const other = await circleCommittee();
    const a = await c.member("甲", { sector: 1 });
    const x = await other.member("外会委员", { sector: 1 });
    const sector = (await circlesOf(a.viewer)).find((s) => s.kind === "SECTOR")!;
    const p = ok(await execAs(a.viewer, C.post, { i: { circleId: sector.id, text: "本会事务" } })).createCirclePost;
    const img = ok(await execAs(a.viewer, C.upload, { b: PNG64 })).uploadCircleImage;

    expect((await execAs(other.moderator, C.postOne, { id: p.id })).code).toBe("NOT_FOUND");
    expect((await execAs(other.moderator, C.moderate, { p: p.id, a: "HIDE", r: "越权" })).code).toBe("NOT_FOUND");
    expect((await execAs(other.moderator, C.ban, { c: sector.id, m: a.id, d: 1, r: "越权" })).code).toBe("NOT_FOUND");
    expect((await execAs(x.viewer, C.feed, { c: sector.id })).code).toBe("NOT_FOUND");
    expect((await execAs(x.viewer, C.post, { i: { circleId: sector.id, text: "跨会", imageIds: [img.id] } })).code).toBe("NOT_FOUND");
    expect(ok(await execAs(other.moderator, C.queue, {})).circleModerationPosts.total).toBe(0);
    expect((await circlesOf(x.viewer)).map((s) => s.id)).not.toContain(sector.id);
  });
});
