import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { PageArgs } from "../../core/pagination";

export enum TodoStatus {
  OPEN = "OPEN",
  DONE = "DONE",
}
registerEnumType(TodoStatus, { name: "TodoStatus", description: "待办 / 已办" });

@ObjectType({ description: "消息" })
export class NotificationType {
  @Field(() => ID) id!: string;
  @Field(() => String) kind!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) body!: string | null;
  @Field(() => String, { nullable: true }) link!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) readAt!: Date | null;
}

@ObjectType()
export class NotificationPage {
  @Field(() => [NotificationType]) items!: NotificationType[];
  @Field(() => Int) total!: number;
  @Field(() => Int, { description: "未读条数" }) unread!: number;
}

@ObjectType({ description: "待办事项" })
export class TodoType {
  @Field(() => ID) id!: string;
  @Field(() => String) kind!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) link!: string | null;
  @Field(() => Date, { nullable: true }) dueAt!: Date | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) doneAt!: Date | null;
  @Field(() => Boolean, { description: "是否按岗位（权限）分派，而非指定到人" }) shared!: boolean;
}

@ObjectType()
export class TodoPage {
  @Field(() => [TodoType]) items!: TodoType[];
  @Field(() => Int) total!: number;
}

@ObjectType({ description: "角标数字" })
export class InboxCounts {
  @Field(() => Int) unreadNotifications!: number;
  @Field(() => Int) openTodos!: number;
}

@ArgsType()
export class NotificationArgs extends PageArgs {
  @Field(() => Boolean, { defaultValue: false }) unreadOnly!: boolean;
}

@ArgsType()
export class TodoArgs extends PageArgs {
  @Field(() => TodoStatus, { defaultValue: TodoStatus.OPEN }) status!: TodoStatus;
}
