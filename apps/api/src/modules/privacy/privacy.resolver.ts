import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { PRIVACY_NOTICE_SECTIONS, PRIVACY_NOTICE_TITLE, PRIVACY_NOTICE_VERSION } from "@zhzx/shared";
import type { Context } from "../../context/context";
import { ValidationFailed } from "../../core/errors";

@ObjectType({ description: "个人信息保护告知书的同意情况" })
export class PrivacyConsentStatus {
  @Field(() => String, { description: "当前告知书版本" }) version!: string;
  @Field(() => String) title!: string;
  @Field(() => Boolean, { description: "须先阅读并同意（委员端用户尚未同意当前版本）" }) required!: boolean;
  @Field(() => Date, { nullable: true, description: "本人同意当前版本的时间" }) acceptedAt!: Date | null;
}

/**
 * PIPL consent: portal users (members, collectives, handling units) agree to the current privacy notice
 * before using the portal; staff consoles are governed by their employment terms instead. The text
 * lives in packages/shared (the portal shows it); the version agreed to is stored, and audited.
 */
@Resolver()
export class PrivacyResolver {
  @Authorized()
  @Query(() => PrivacyConsentStatus, { description: "我对个人信息保护告知书的同意情况" })
  async myPrivacyConsent(@Ctx() ctx: Context): Promise<PrivacyConsentStatus> {
    const row = await ctx.uow(({ db }) => db.privacyConsent.findUnique({ where: { userId_version: { userId: ctx.viewer!.userId, version: PRIVACY_NOTICE_VERSION } } }));
    return { version: PRIVACY_NOTICE_VERSION, title: PRIVACY_NOTICE_TITLE, required: ctx.viewer!.permissions.has("portal:use") && !row, acceptedAt: row?.acceptedAt ?? null };
  }

  @Authorized()
  @Mutation(() => PrivacyConsentStatus, { description: "同意个人信息保护告知书（须为当前版本）" })
  async acceptPrivacyNotice(@Arg("version", () => String) version: string, @Ctx() ctx: Context): Promise<PrivacyConsentStatus> {
    if (version !== PRIVACY_NOTICE_VERSION) throw ValidationFailed("告知书已更新，请重新阅读后再同意");
    const row = await ctx.uow(async ({ db, audit }) => {
      const key = { userId_version: { userId: ctx.viewer!.userId, version } };
      const existing = await db.privacyConsent.findUnique({ where: key });
      if (existing) return existing;
      const created = await db.privacyConsent.create({ data: { userId: ctx.viewer!.userId, version, ip: ctx.ip } });
      audit({ action: "privacy.consent", targetType: "User", targetId: ctx.viewer!.userId, detail: { version } });
      return created;
    });
    return { version, title: PRIVACY_NOTICE_TITLE, required: false, acceptedAt: row.acceptedAt };
  }
}
