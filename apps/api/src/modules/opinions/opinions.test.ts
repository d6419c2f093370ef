import { describe, expect, it } from "vitest";
import { app, owner } from "../../../test/support/db";
import { createUser } from "../../../test/support/factories";
import { execAs } from "../../../test/support/gql";
import { runUnitOfWork } from "../../core/unit-of-work";
import { adoptedItem, createCollectiveAccount, createCommittee, createMemberAccount, DETAIL, draftAndSubmit, journalType, newIssue, ok } from "./opinions.fixtures";
import { createOpinionFromProposal } from "./use-cases/create-opinion-from-proposal";

const LIST = `query($f: OpinionFilter) { opinions(filter: $f, pageSize: 50) { total items { id title state origin originLabel instructed instructionCount issue { label } } } }`;
const MINE = `{ myOpinions(pageSize: 50) { total items { id state instructed } } }`;

describe("社情民意: from submission to an instruction", () => {
  it("a member submits, two reviews adopt it, an editor publishes it in an issue, an instruction marks it 已批示", async () => {
    const c = await createCommittee();
    const { viewer: member, memberId } = await createMemberAccount(c, "张华强");
    const { editor, leader } = c;

    const draft = await ok(member, `mutation($i: OpinionDraftInputType!) { createOpinionDraft(input: $i) { ${DETAIL} } }`, {
      i: { title: "关于加强御河生态治理的建议", content: "御河沿岸存在污水直排现象。\n建议加快截污管网建设。" },
    });
    const d = draft.createOpinionDraft;
    expect(d).toMatchObject({ state: "DRAFT", origin: "DIRECT", submitterName: "张华强", availableActions: ["submit"], canEdit: true });
    // Staff never see a member's draft.
    expect((await ok(editor, LIST)).opinions.total).toBe(0);
    expect((await execAs(editor, `query($id: ID!) { opinion(id: $id) { id } }`, { id: d.id })).code).toBe("NOT_FOUND");

    const sub = (await ok(member, `mutation($id: ID!, $v: Int!) { submitOpinion(id: $id, version: $v) { ${DETAIL} } }`, { id: d.id, v: d.version })).submitOpinion;
    expect(sub.state).toBe("SUBMITTED");
    expect(sub.availableActions).toEqual([]);
    const queue = await ok(editor, LIST, { f: { states: ["SUBMITTED"] } });
    expect(queue.opinions.items.map((i: any) => [i.title, i.originLabel])).toEqual([["关于加强御河生态治理的建议", "直接报送"]]);

    // Reviews belong to the editor, not to the member or a leader.
    expect((await execAs(member, `mutation($id: ID!) { passOpinionFirstReview(id: $id, version: 1) { id } }`, { id: d.id })).code).toBe("FORBIDDEN");
    expect((await execAs(leader, `mutation($id: ID!) { passOpinionFirstReview(id: $id, version: 1) { id } }`, { id: d.id })).code).toBe("FORBIDDEN");
    const seen = (await ok(editor, `query($id: ID!) { opinion(id: $id) { ${DETAIL} } }`, { id: d.id })).opinion;
    expect(seen.availableActions).toEqual(["passFirstReview", "returnToSubmitter", "discard"]);
    // Skipping the first review is refused by the machine.
    expect((await execAs(editor, `mutation($id: ID!, $v: Int!) { passOpinionSecondReview(id: $id, version: $v) { id } }`, { id: d.id, v: seen.version })).code).toBe("INVALID_TRANSITION");
    const first = (await ok(editor, `mutation($id: ID!, $v: Int!) { passOpinionFirstReview(id: $id, version: $v, comment: "情况属实") { state version } }`, { id: d.id, v: seen.version })).passOpinionFirstReview;
    expect(first.state).toBe("FIRST_REVIEWED");
    const second = (await ok(editor, `mutation($id: ID!, $v: Int!) { passOpinionSecondReview(id: $id, version: $v) { state version } }`, { id: d.id, v: first.version })).passOpinionSecondReview;
    expect(second.state).toBe("SECOND_REVIEWED");

    // Editing: a journal type, an issue, the item in it, published.
    const type = await journalType(editor, "社情民意");
    const issue = await newIssue(editor, type.id, 2025);
    expect(issue.label).toBe("2025年第1期");
    const composed = await ok(editor, `mutation($i: ID!, $o: [OpinionRefInput!]!) { addOpinionsToIssue(issueId: $i, opinions: $o) { version items { id state issueOrder } } }`, {
      i: issue.id,
      o: [{ id: d.id, version: second.version }],
    });
    expect(composed.addOpinionsToIssue.items).toEqual([{ id: d.id, state: "EDITED", issueOrder: 1 }]);
    // Instructions are for published items only.
    const early = await execAs(editor, `mutation($o: ID!, $i: InstructionInputType!) { recordOpinionInstruction(opinionId: $o, input: $i) { id } }`, {
      o: d.id,
      i: { kind: "LEADER_INSTRUCTION", authorName: "李市长", instructedAt: "2025-06-01", content: "请市生态环境局研究落实。" },
    });
    expect(early.code).toBe("INVALID_TRANSITION");
    const pub = await ok(editor, `mutation($i: ID!, $v: Int!) { publishJournalIssue(id: $i, version: $v) { status items { state } } }`, { i: issue.id, v: composed.addOpinionsToIssue.version });
    expect(pub.publishJournalIssue).toEqual({ status: "PUBLISHED", items: [{ state: "PUBLISHED" }] });

    // Not yet instructed anywhere.
    expect((await ok(editor, LIST)).opinions.items[0]).toMatchObject({ state: "PUBLISHED", instructed: false, issue: { label: "2025年第1期" } });
    expect((await execAs(leader, `mutation($o: ID!, $i: InstructionInputType!) { recordOpinionInstruction(opinionId: $o, input: $i) { id } }`, {
      o: d.id,
      i: { kind: "LEADER_INSTRUCTION", authorName: "李市长", instructedAt: "2025-06-01", content: "阅" },
    })).code).toBe("FORBIDDEN");
    const rec = await ok(editor, `mutation($o: ID!, $i: InstructionInputType!) { recordOpinionInstruction(opinionId: $o, input: $i) { kind kindLabel authorName authorTitle instructedAt content } }`, {
      o: d.id,
      i: { kind: "LEADER_INSTRUCTION", authorName: "李市长", authorTitle: "大同市人民政府市长", instructedAt: "2025-06-01", content: "请市生态环境局研究落实。" },
    });
    expect(rec.recordOpinionInstruction).toEqual({ kind: "LEADER_INSTRUCTION", kindLabel: "领导批示", authorName: "李市长", authorTitle: "大同市人民政府市长", instructedAt: "2025-06-01", content: "请市生态环境局研究落实。" });

    // The red mark in every list: staff list, the member's own list, the issue, and the click shows it.
    expect((await ok(editor, LIST)).opinions.items[0]).toMatchObject({ instructed: true, instructionCount: 1 });
    expect((await ok(editor, LIST, { f: { instructed: true } })).opinions.total).toBe(1);
    expect((await ok(editor, LIST, { f: { instructed: false } })).opinions.total).toBe(0);
    expect((await ok(member, MINE)).myOpinions.items).toEqual([{ id: d.id, state: "PUBLISHED", instructed: true }]);
    expect((await ok(leader, `query($i: ID!) { journalIssue(id: $i) { items { instructed } } }`, { i: issue.id })).journalIssue.items).toEqual([{ instructed: true }]);
    const click = await ok(member, `query($o: ID!) { opinionInstructions(opinionId: $o) { kindLabel authorName content sourceTenantName } }`, { o: d.id });
    expect(click.opinionInstructions).toEqual([{ kindLabel: "领导批示", authorName: "李市长", content: "请市生态环境局研究落实。", sourceTenantName: null }]);

    // The timeline, the audit trail and the member's performance record.
    const full = (await ok(member, `query($id: ID!) { opinion(id: $id) { ${DETAIL} } }`, { id: d.id })).opinion;
    expect(full.events.map((e: any) => e.action)).toEqual(["submit", "passFirstReview", "passSecondReview", "addToIssue", "publish", "instruct"]);
    expect(full.events[1].comment).toBe("情况属实");
    const audits = await owner.auditLog.findMany({ where: { tenantId: c.tenant.id, targetId: d.id }, orderBy: { id: "asc" } });
    expect(audits.map((a) => a.action)).toEqual(["opinion.create", "opinion.submit", "opinion.passFirstReview", "opinion.passSecondReview", "opinion.addToIssue", "opinion.publish", "opinion.instruct"]);
    const perf = await owner.performanceEvent.findMany({ where: { tenantId: c.tenant.id, memberId }, orderBy: { kind: "asc" } });
    expect(perf.map((p) => p.kind)).toEqual(["OPINION_ADOPTED", "OPINION_INSTRUCTED", "OPINION_IN_JOURNAL", "OPINION_SUBMITTED"]);
  });

  it("keeps items private to their submitter; a collective submits as a body", async () => {
    const c = await createCommittee();
    const { viewer: a } = await createMemberAccount(c, "甲委员");
    const { viewer: b } = await createMemberAccount(c, "乙委员");
    const { viewer: body } = await createCollectiveAccount(c.tenant.id, "民盟测试市委员会");
    const item = await draftAndSubmit(a, "甲的信息");
    expect((await execAs(b, `query($id: ID!) { opinion(id: $id) { id } }`, { id: item.id })).code).toBe("NOT_FOUND");
    expect((await execAs(b, `mutation($id: ID!) { submitOpinion(id: $id, version: 0) { id } }`, { id: item.id })).code).toBe("NOT_FOUND");
    expect((await execAs(b, `{ opinions { total } }`)).code).toBe("FORBIDDEN");
    const mine = await draftAndSubmit(body, "集体报送的信息");
    const list = await ok(c.editor, `{ opinions(pageSize: 50) { items { id submitterName } } }`);
    expect(list.opinions.items).toContainEqual({ id: mine.id, submitterName: "民盟测试市委员会" });
    expect((await ok(body, MINE)).myOpinions.items.map((i: any) => i.id)).toEqual([mine.id]);
    // A user who is neither a member with a profile nor a collective cannot submit.
    const { viewer: bare } = await createUser(c.tenant.id, ["MEMBER"]);
    expect((await execAs(bare, `mutation { createOpinionDraft(input: { title: "t", content: "c" }) { id } }`)).code).toBe("FORBIDDEN");
  });

  it("a returned item goes back to its submitter with the reason, and comes back after an edit", async () => {
    const c = await createCommittee();
    const { viewer: member } = await createMemberAccount(c, "王委员");
    const s = await draftAndSubmit(member, "关于停车难的建议", "老城区停车难。");
    const empty = await execAs(c.editor, `mutation($id: ID!, $v: Int!) { returnOpinion(id: $id, version: $v, reason: " ") { id } }`, { id: s.id, v: s.version });
    expect(empty.code).toBe("VALIDATION_FAILED");
    expect(empty.errors![0]!.message).toBe("请填写退回理由");
    const r = (await ok(c.editor, `mutation($id: ID!, $v: Int!) { returnOpinion(id: $id, version: $v, reason: "请补充具体路段与数据") { state returnReason } }`, { id: s.id, v: s.version })).returnOpinion;
    expect(r).toEqual({ state: "RETURNED", returnReason: "请补充具体路段与数据" });
    const mine = (await ok(member, `query($id: ID!) { opinion(id: $id) { ${DETAIL} } }`, { id: s.id })).opinion;
    expect(mine).toMatchObject({ state: "RETURNED", canEdit: true, availableActions: ["submit"], returnReason: "请补充具体路段与数据" });
    const upd = await ok(member, `mutation($id: ID!, $v: Int!, $i: OpinionDraftInputType!) { updateOpinionDraft(id: $id, version: $v, input: $i) { version } }`, {
      id: s.id,
      v: mine.version,
      i: { title: "关于缓解老城区停车难的建议", content: "老城区停车难，以鼓楼周边为甚。" },
    });
    const again = (await ok(member, `mutation($id: ID!, $v: Int!) { submitOpinion(id: $id, version: $v) { state returnReason } }`, { id: s.id, v: upd.updateOpinionDraft.version })).submitOpinion;
    expect(again).toEqual({ state: "SUBMITTED", returnReason: null });
    const versions = await ok(c.editor, `query($id: ID!) { opinionVersions(id: $id) { no title note } }`, { id: s.id });
    expect(versions.opinionVersions).toEqual([
      { no: 1, title: "关于停车难的建议", note: "报送原稿" },
      { no: 2, title: "关于缓解老城区停车难的建议", note: "退回后重新提交" },
    ]);
  });

  it("joint submission waits for every co-signer, then enters review", async () => {
    const c = await createCommittee();
    const { viewer: lead } = await createMemberAccount(c, "领衔委员");
    const { viewer: x, memberId: xId } = await createMemberAccount(c, "联名甲");
    const { viewer: y, memberId: yId } = await createMemberAccount(c, "联名乙");
    const { viewer: outsider } = await createMemberAccount(c, "未受邀委员");
    const self = await execAs(lead, `query { opinionCosignerCandidates(search: "联名") { name } }`);
    expect(self.data.opinionCosignerCandidates.map((m: any) => m.name).sort()).toEqual(["联名乙", "联名甲"]);
    const d = (await ok(lead, `mutation($i: OpinionDraftInputType!) { createOpinionDraft(input: $i) { id version availableActions } }`, { i: { title: "联名信息", content: "正文", cosignerMemberIds: [xId, yId] } })).createOpinionDraft;
    expect(d.availableActions).toEqual(["requestCosign"]);
    const s = (await ok(lead, `mutation($id: ID!, $v: Int!) { submitOpinion(id: $id, version: $v) { state cosigners { memberName status } } }`, { id: d.id, v: d.version })).submitOpinion;
    expect(s.state).toBe("COSIGNING");
    expect((await ok(c.editor, `{ opinions { total } }`)).opinions.total).toBe(0);
    expect((await ok(x, `{ myOpinionCosignRequests { opinion { id title } myStatus } }`)).myOpinionCosignRequests).toEqual([{ opinion: { id: d.id, title: "联名信息" }, myStatus: "PENDING" }]);
    expect((await execAs(outsider, `mutation($id: ID!) { respondOpinionCosign(id: $id, accept: true) { id } }`, { id: d.id })).code).toBe("NOT_FOUND");

    const afterX = (await ok(x, `mutation($id: ID!) { respondOpinionCosign(id: $id, accept: true) { state } }`, { id: d.id })).respondOpinionCosign;
    expect(afterX.state).toBe("COSIGNING");
    expect((await execAs(x, `mutation($id: ID!) { respondOpinionCosign(id: $id, accept: false) { id } }`, { id: d.id })).code).toBe("INVALID_TRANSITION");
    const afterY = (await ok(y, `mutation($id: ID!) { respondOpinionCosign(id: $id, accept: false) { state cosignerCount cosigners { memberName status } } }`, { id: d.id })).respondOpinionCosign;
    expect(afterY.state).toBe("SUBMITTED");
    expect(afterY.cosignerCount).toBe(1);
    expect(afterY.cosigners).toEqual([{ memberName: "联名甲", status: "CONFIRMED" }, { memberName: "联名乙", status: "DECLINED" }]);
    expect((await ok(c.editor, `{ opinions { total items { cosignerCount } } }`)).opinions.items).toEqual([{ cosignerCount: 1 }]);
    expect((await ok(x, `{ myOpinionStatistics { cosigned submitted } }`)).myOpinionStatistics).toEqual({ cosigned: 1, submitted: 0 });
  });

  it("a declined proposal arrives in the review list marked 提案转来, once", async () => {
    const c = await createCommittee();
    const { memberId } = await createMemberAccount(c, "提案委员");
    const proposalId = "7b0c3e53-8f51-4a4e-9d8a-2f7e1f0d9a11";
    const input = { tenantId: c.tenant.id, proposalId, title: "关于发展夜间经济的建议", content: "建议打造古城夜间消费街区。", submitterName: "提案委员", memberId, collectiveId: null, actor: { userId: c.editor.userId, name: "提案委工作人员" } };
    const run = () => runUnitOfWork(app, { tenantId: c.tenant.id, userId: c.editor.userId }, { tenantId: c.tenant.id, userId: c.editor.userId, username: "x", ip: null }, (w) => createOpinionFromProposal(w.db, input, w.audit));
    const first = await run();
    expect(first.created).toBe(true);
    expect(await run()).toEqual({ id: first.id, created: false });
    const queue = await ok(c.editor, `{ opinions(filter: { states: [SUBMITTED] }) { items { id origin originLabel submitterName } } }`);
    expect(queue.opinions.items).toEqual([{ id: first.id, origin: "FROM_PROPOSAL", originLabel: "提案转来", submitterName: "提案委员" }]);
    const d = (await ok(c.editor, `query($id: ID!) { opinion(id: $id) { sourceProposalId events { action comment } } }`, { id: first.id })).opinion;
    expect(d).toEqual({ sourceProposalId: proposalId, events: [{ action: "createFromProposal", comment: "不予立案，转社情民意" }] });
    expect(await owner.auditLog.count({ where: { tenantId: c.tenant.id, action: "opinion.create_from_proposal", targetId: first.id } })).toBe(1);
  });

  it("an adopted item can be listed for editing by state", async () => {
    const c = await createCommittee();
    const { viewer: member } = await createMemberAccount(c, "赵委员");
    const a = await adoptedItem(member, c.editor, "已采用的信息");
    await draftAndSubmit(member, "待审的信息");
    const pool = await ok(c.leader, `{ opinions(filter: { states: [SECOND_REVIEWED] }) { items { id } } }`);
    expect(pool.opinions.items).toEqual([{ id: a.id }]);
    // Search by title or submitter; LIKE wildcards typed by a user are literal.
    const search = (q: string) => ok(c.leader, `query($q: String) { opinions(filter: { search: $q }) { total } }`, { q }).then((r) => r.opinions.total);
    expect([await search("已采用"), await search("赵委员"), await search("%"), await search("_")]).toEqual([1, 2, 0, 0]);
  });
});
