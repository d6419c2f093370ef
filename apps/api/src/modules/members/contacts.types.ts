import { ArgsType, Field, ID, Int, ObjectType } from "type-graphql";
import { PageArgs } from "../../core/pagination";

@ObjectType({ description: "通讯录分组（本届）：专委会、界别或党派及其人数" })
export class ContactGroupType {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: "通讯录分组目录" })
export class ContactDirectoryType {
  @Field(() => String, { nullable: true, description: "本届名称" }) sessionName!: string | null;
  @Field(() => Int, { description: "本届委员人数" }) total!: number;
  @Field(() => [ContactGroupType]) specialCommittees!: ContactGroupType[];
  @Field(() => [ContactGroupType]) sectors!: ContactGroupType[];
  @Field(() => [ContactGroupType]) parties!: ContactGroupType[];
}

@ObjectType({ description: "通讯录中的一位委员（手机号码为掩码）" })
export class ContactType {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String) gender!: string;
  @Field(() => String) workUnitTitle!: string;
  @Field(() => String, { nullable: true }) sector!: string | null;
  @Field(() => String, { nullable: true }) party!: string | null;
  @Field(() => String, { nullable: true }) specialCommittee!: string | null;
  @Field(() => String, { nullable: true }) memberType!: string | null;
  @Field(() => String, { description: "手机号码（掩码）" }) mobile!: string;
  @Field(() => String, { nullable: true }) photoUrl!: string | null;
}

@ObjectType()
export class ContactPage {
  @Field(() => [ContactType]) items!: ContactType[];
  @Field(() => Int) total!: number;
}

@ArgsType()
export class ContactArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: "姓名、全拼或拼音首字母（如 zhq）" }) search?: string | null;
  @Field(() => ID, { nullable: true }) specialCommitteeId?: string | null;
  @Field(() => ID, { nullable: true }) sectorId?: string | null;
  @Field(() => ID, { nullable: true }) partyId?: string | null;
}
