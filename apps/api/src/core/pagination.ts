import { ArgsType, Field, Int } from "type-graphql";
import { z } from "zod";
import { parseInput } from "./validate";

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 1 })
  page!: number;

  @Field(() => Int, { defaultValue: 20 })
  pageSize!: number;
}

const pageSchema = z.object({
  page: z.number().int().min(1, "页码须大于 0").max(100000, "页码过大"),
  pageSize: z.number().int().min(1, "每页条数须大于 0").max(200, "每页最多 200 条"),
});

export function toSkipTake(args: PageArgs) {
  const { page, pageSize } = parseInput(pageSchema, args);
  return { skip: (page - 1) * pageSize, take: pageSize };
}
