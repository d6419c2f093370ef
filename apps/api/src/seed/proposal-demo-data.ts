import type { Random } from "./random";

/** Demo material for the proposal seed: a category tree and title/content templates (topic × place × action). */

export const CATEGORY_TREE: [string, string[]][] = [
  ["经济建设", ["工业经济", "农业农村", "财税金融"]],
  ["政治建设", ["民主法治"]],
  ["文化建设", ["文化旅游"]],
  ["社会建设", ["教育", "医疗卫生", "社会保障", "社会治理"]],
  ["生态文明建设", ["生态环境"]],
  ["城乡建设", ["城市建设管理", "交通出行"]],
];

/** topic, its category (a leaf above), a word of the handling unit that usually leads it. */
export const TOPICS: [string, string, string][] = [
  ["老旧小区改造", "城市建设管理", "住房和城乡建设"],
  ["城市停车难问题治理", "交通出行", "交通运输"],
  ["公共交通线网优化", "交通出行", "交通运输"],
  ["黄花产业高质量发展", "农业农村", "农业农村"],
  ["农村人居环境整治", "农业农村", "农业农村"],
  ["中小学课后服务", "教育", "教育"],
  ["职业教育产教融合", "教育", "教育"],
  ["基层医疗卫生服务能力建设", "医疗卫生", "卫生健康"],
  ["医保支付方式改革", "医疗卫生", "医疗保障"],
  ["中小企业融资难问题", "财税金融", "财政"],
  ["新能源产业发展", "工业经济", "发展和改革"],
  ["营商环境优化", "工业经济", "发展和改革"],
  ["文化旅游融合发展", "文化旅游", "文化和旅游"],
  ["古城保护与活化利用", "文化旅游", "文化和旅游"],
  ["生态环境保护与大气污染治理", "生态环境", "生态环境"],
  ["水资源节约集约利用", "生态环境", "水务"],
  ["养老服务体系建设", "社会保障", "民政"],
  ["高校毕业生就业创业", "社会保障", "人力资源和社会保障"],
  ["食品安全监管", "社会治理", "市场监督管理"],
  ["安全生产隐患排查", "社会治理", "应急管理"],
  ["基层法律服务体系建设", "民主法治", "司法"],
];

const ACTIONS = ["加快推进", "进一步加强", "完善", "着力提升", "推动", "切实做好"];
const CITY_PLACES = ["大同市", "我市", "平城区", "云冈区", "古城片区", "御河沿线", "大同经济技术开发区"];
const PROBLEMS = ["资金投入不足", "统筹协调不够", "政策落实不到位", "专业人才短缺", "基础设施薄弱", "群众参与度不高", "监管机制不健全", "信息化水平不高"];
const SUGGESTIONS = ["加大财政资金投入，拓宽多元化融资渠道", "建立部门联席会议制度，形成工作合力", "制定专项规划和实施方案，明确时间表和路线图", "加强专业人才引进和培养", "完善考核评价机制，将其纳入年度目标考核", "运用数字化手段提升管理服务水平", "广泛宣传动员，引导社会力量积极参与", "借鉴先进地区经验，开展试点示范"];

export function proposalText(rnd: Random, place: string, topic: string) {
  const action = rnd.pick(ACTIONS);
  const title = `关于${action}${place}${topic}的建议`;
  const problems = [rnd.pick(PROBLEMS), rnd.pick(PROBLEMS)].filter((x, i, a) => a.indexOf(x) === i).join("、");
  const pool = [...SUGGESTIONS];
  const picks = [0, 1, 2].map(() => pool.splice(Math.floor(rnd.next() * pool.length), 1)[0]!);
  const content =
    `<p>近年来，${place}${topic}工作取得了一定成效，但与群众期盼相比仍有差距，主要表现在${problems}等方面。</p>` +
    `<p>为此建议：一是${picks[0]}；二是${picks[1]}；三是${picks[2]}。</p>`;
  return { title, content, reasons: `${topic}事关群众切身利益，${problems}的问题亟待解决。`, suggestions: picks.join("；") + "。" };
}

export const cityPlace = (rnd: Random) => rnd.pick(CITY_PLACES);

export const RETURN_REASONS = ["案由不够具体，请补充调研数据", "建议部分可操作性不强，请修改完善", "与去年已办理提案重复，请补充新情况"];
export const DECLINE_REASONS = ["属于个人诉求，不宜作为提案", "涉及事项已有明确政策规定", "建议内容不属于本级职权范围"];
export const REPLY_TEXTS: Record<"A" | "B" | "C", string> = {
  A: "<p>经研究，提案所提建议已全部采纳，相关工作已落实到位。感谢委员对我们工作的关心和支持。</p>",
  B: "<p>提案所提建议已列入明年工作计划，我们将积极争取资金和政策支持，逐步加以解决。</p>",
  C: "<p>受资金和政策条件限制，提案所提建议目前暂不能解决，我们将持续关注，待条件成熟时推进。</p>",
};
