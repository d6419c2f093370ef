import { beijingToday } from "@zhzx/shared";
import type { PrismaClient } from "../generated/prisma/client";

type Tenant = { id: string; name: string };

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000);

/**
 * Each committee's 征集通知 for the coming plenary (one for proposals, one for public opinion) and one
 * ordinary notice, published a week ago to members and collective users. Their receipts are read, so the
 * demo's unread counts and inbox stay those of the other seeders.
 */
export async function seedNotices(db: PrismaClient, tenants: Tenant[]) {
  const today = beijingToday();
  const publishedAt = addDays(today, -7);
  for (const t of tenants) {
    const notices = [
      {
        kind: "PROPOSAL_CALL" as const,
        deadline: addDays(today, 45),
        title: `关于征集${t.name}十五届四次会议提案的通知`,
        body: `各位委员，各参加单位：\n${t.name}十五届四次会议拟于明年一月召开。请围绕全市经济社会发展的重点、难点和群众关心的热点问题，深入调查研究，撰写提案。\n提案应一事一案，内容实事求是，建议具体可行。请于截止日期前通过委员端“我的提案”提交。\n${t.name}提案委员会`,
      },
      {
        kind: "OPINION_CALL" as const,
        deadline: addDays(today, 30),
        title: `关于征集年度重点社情民意信息的通知`,
        body: `各位委员：\n请结合本职工作和界别特点，反映基层群众的意见建议和社会动态，做到一事一报、简明扼要。\n请于截止日期前通过委员端“社情民意”报送。\n${t.name}办公室`,
      },
      {
        kind: "GENERAL" as const,
        deadline: null,
        title: `关于做好年度委员履职档案填报工作的通知`,
        body: `各位委员：\n请于年底前登录委员端“履职档案”，核对本年度参加会议活动、提交提案和社情民意等情况，如有遗漏请补报材料。\n${t.name}办公室`,
      },
    ];
    for (const n of notices) {
      const row = await db.notice.create({
        data: { tenantId: t.id, ...n, audience: "MEMBERS_AND_COLLECTIVES", status: "PUBLISHED", publishedAt, publishedBy: `${t.name}办公室`, createdBy: `${t.name}办公室`, createdAt: publishedAt },
      });
      const recipients = await db.$executeRaw`
        INSERT INTO notice_receipt (tenant_id, notice_id, user_id, read_at)
        SELECT tenant_id, ${row.id}::uuid, user_id, ${publishedAt}
          FROM tenant_membership WHERE tenant_id = ${t.id}::uuid AND roles && ARRAY['MEMBER', 'COLLECTIVE']::"Role"[]`;
      await db.notice.update({ where: { tenantId_id: { tenantId: t.id, id: row.id } }, data: { recipientCount: recipients } });
    }
  }
}
