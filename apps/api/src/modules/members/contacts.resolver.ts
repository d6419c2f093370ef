import { Args, Authorized, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../context/context";
import { ContactArgs, ContactDirectoryType, ContactPage } from "./contacts.types";
import { contactDirectory, listContacts } from "./use-cases/contacts";

@Resolver()
export class ContactsResolver {
  @Authorized("portal:use", "staff:console")
  @Query(() => ContactDirectoryType, { description: "通讯录分组：本届专委会、界别、党派及人数" })
  contactDirectory(@Ctx() ctx: Context): Promise<ContactDirectoryType> {
    return contactDirectory(ctx);
  }

  @Authorized("portal:use", "staff:console")
  @Query(() => ContactPage, { description: "通讯录：本届委员，按姓名/拼音/首字母查找，可按专委会、界别、党派筛选；手机号码为掩码" })
  contacts(@Args(() => ContactArgs) args: ContactArgs, @Ctx() ctx: Context): Promise<ContactPage> {
    return listContacts(ctx, args);
  }
}
