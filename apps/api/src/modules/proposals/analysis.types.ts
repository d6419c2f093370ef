import { Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";
import type { ProposalState } from "@zhzx/shared";
import { ProposalStateEnum } from "./proposals.enums";

@InputType({ description: "查重：与本委员会同届已提交提案比较标题和内容" })
export class SimilarProposalsInput {
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true, description: "内容（HTML 或纯文本）" }) content?: string | null;
  @Field(() => ID, { nullable: true, description: "届次；默认本届" }) sessionId?: string | null;
  @Field(() => ID, { nullable: true, description: "排除的提案（审查某件提案时为它自己）" }) excludeId?: string | null;
  @Field(() => Int, { nullable: true, description: "返回条数，默认 5，最多 20" }) limit?: number | null;
}

@ObjectType({ description: "相似提案" })
export class SimilarProposal {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) caseNumber!: string | null;
  @Field(() => ProposalStateEnum) state!: ProposalState;
  @Field(() => String) stateLabel!: string;
  @Field(() => String) submitterName!: string;
  @Field(() => Float, { description: "相似度 0—1（TF-IDF 余弦）" }) score!: number;
  @Field(() => [String], { description: "共同的关键词（权重从高到低）" }) sharedTerms!: string[];
}

@ObjectType({ description: "建议的分类或主办单位" })
export class RoutingCandidate {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => Float, { description: "得票占比 0—1（近邻相似度加权）" }) score!: number;
  @Field(() => Int, { description: "近邻中的件数" }) votes!: number;
}

@ObjectType({ description: "立案交办辅助：按本委员会已立案提案的近邻推荐分类与主办单位，并说明依据" })
export class RoutingSuggestion {
  @Field(() => [RoutingCandidate]) categories!: RoutingCandidate[];
  @Field(() => [RoutingCandidate]) units!: RoutingCandidate[];
  @Field(() => [SimilarProposal], { description: "作为依据的最相似已立案提案" }) neighbours!: SimilarProposal[];
  @Field(() => String) explanation!: string;
}
