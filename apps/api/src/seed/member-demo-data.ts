import type { Random } from "./random";

/** Demo distributions for the member seed (realistic for a CPPCC committee in northern Shanxi). */

/** 党派 by share: 中共 ~35 %, 无党派 ~20 %, the eight democratic parties share the rest. */
export const PARTY_WEIGHTS: [string, number][] = [
  ["中国共产党", 35], ["无党派人士", 20], ["中国国民党革命委员会", 5], ["中国民主同盟", 8], ["中国民主建国会", 8],
  ["中国民主促进会", 7], ["中国农工民主党", 6], ["中国致公党", 3], ["九三学社", 6], ["台湾民主自治同盟", 2],
];

/** Professional and people's-organisation sectors, for members not seated in their party's sector. */
export const OPEN_SECTORS: [string, number][] = [
  ["经济界", 14], ["教育界", 10], ["医药卫生界", 10], ["科学技术界", 7], ["文化艺术界", 7], ["农业界", 6], ["社会科学界", 5],
  ["中华全国工商业联合会", 6], ["中华全国妇女联合会", 4], ["中华全国总工会", 3], ["中国共产主义青年团", 2], ["中华全国青年联合会", 3],
  ["中国科学技术协会", 3], ["新闻出版界", 3], ["体育界", 2], ["社会福利和社会保障界", 3], ["少数民族界", 2], ["宗教界", 2],
  ["中华全国台湾同胞联谊会", 1], ["中华全国归国华侨联合会", 1], ["特邀人士", 4],
];

export const EDUCATION_WEIGHTS: [string, number][] = [
  ["研究生（博士）", 8], ["研究生（硕士）", 30], ["大学本科", 50], ["大学专科", 9], ["中专或高中", 3],
];

export const ETHNIC_WEIGHTS: [string, number][] = [["汉族", 94], ["回族", 3], ["蒙古族", 2], ["满族", 1]];

export const NATIVE_PLACES: [string, number][] = [
  ["山西大同", 45], ["山西朔州", 8], ["山西忻州", 7], ["山西太原", 6], ["山西晋中", 4], ["河北张家口", 6], ["内蒙古乌兰察布", 5],
  ["山西长治", 3], ["山西吕梁", 3], ["河北保定", 3], ["北京", 2], ["山东济南", 2], ["河南郑州", 2], ["陕西西安", 2], ["辽宁沈阳", 2],
];

/** Work units and titles by sector family. */
const WORK: Record<string, [string[], string[]]> = {
  经济界: [["大同煤矿集团有限责任公司", "大同市城市建设投资有限公司", "大同银行股份有限公司", "山西大同大学科技园", "大同市新能源发展有限公司"], ["董事长", "总经理", "副总经理", "总会计师", "总工程师"]],
  教育界: [["山西大同大学", "大同市第一中学校", "大同市实验小学", "大同师范高等专科学校", "大同市职业教育中心"], ["校长", "副校长", "教授", "高级教师", "党委书记"]],
  医药卫生界: [["大同市第一人民医院", "大同市第三人民医院", "大同市中医医院", "大同市疾病预防控制中心", "大同市妇幼保健院"], ["院长", "副院长", "主任医师", "护理部主任", "副主任医师"]],
  科学技术界: [["大同市农业科学研究院", "中车大同电力机车有限公司", "大同市检验检测中心", "山西大同大学化学与化工学院"], ["研究员", "高级工程师", "技术中心主任", "副所长"]],
  文化艺术界: [["大同市文化馆", "大同市博物馆", "云冈研究院", "大同市歌舞剧院", "大同市书法家协会"], ["馆长", "研究馆员", "国家一级演员", "主席", "副院长"]],
  农业界: [["大同市黄花产业发展中心", "阳高县农业技术推广站", "大同市畜牧兽医服务中心", "云州区黄花合作社"], ["主任", "高级农艺师", "理事长", "站长"]],
};
const DEFAULT_WORK: [string[], string[]] = [
  ["大同市人民政府办公室", "大同市工商业联合会", "大同市总工会", "大同市妇女联合会", "大同市律师协会", "大同市社会福利院", "大同日报社"],
  ["主任", "副主任", "副主席", "秘书长", "律师", "社长", "处长"],
];
const STREETS = ["御河西路", "魏都大道", "文兴路", "云中路", "迎宾街", "永泰南路", "同泉路", "南环东路", "太和路", "北都街"];
const DISTRICTS = ["平城区", "云冈区", "云州区", "新荣区"];

export function workUnitTitle(rnd: Random, sector: string, place: string) {
  const [units, titles] = WORK[sector] ?? DEFAULT_WORK;
  const unit = place === "大同市" ? rnd.pick(units) : rnd.pick(units).replace(/^大同市/, place);
  return `${unit} ${rnd.pick(titles)}`;
}

export function workAddress(rnd: Random, place: string) {
  const district = place === "大同市" ? rnd.pick(DISTRICTS) : "";
  return `大同市${district}${place === "大同市" ? "" : place}${rnd.pick(STREETS)}${rnd.int(1, 399)}号`;
}

const MOBILE_PREFIXES = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155", "156", "158", "159", "180", "186", "187", "188", "189"];
export const mobile = (rnd: Random) => `${rnd.pick(MOBILE_PREFIXES)}${String(rnd.int(0, 99_999_999)).padStart(8, "0")}`;

/** Ages 35–65 on 2026-11-24 (the seed's fixed day), peaking in the early fifties. */
export function birthDate(rnd: Random) {
  const age = rnd.weighted<number>([[rnd.int(35, 44), 25], [rnd.int(45, 54), 40], [rnd.int(55, 60), 25], [rnd.int(61, 65), 10]]);
  const d = new Date(Date.UTC(2026 - age, 10, 24) - rnd.int(1, 364) * 86_400_000);
  return d.toISOString().slice(0, 10);
}

/** 承办单位: the departments of the city (or county) government. */
export const HANDLING_UNITS_CITY = [
  "大同市发展和改革委员会", "大同市教育局", "大同市科学技术局", "大同市工业和信息化局", "大同市公安局", "大同市民政局", "大同市财政局",
  "大同市人力资源和社会保障局", "大同市规划和自然资源局", "大同市生态环境局", "大同市住房和城乡建设局", "大同市交通运输局", "大同市水务局",
  "大同市农业农村局", "大同市商务局", "大同市文化和旅游局", "大同市卫生健康委员会", "大同市应急管理局", "大同市市场监督管理局", "大同市医疗保障局",
];
export const HANDLING_UNITS_COUNTY = ["发展和改革局", "教育科技局", "财政局", "人力资源和社会保障局", "住房和城乡建设管理局", "农业农村局", "卫生健康局", "文化和旅游局", "市场监督管理局"];
/** 集体用户: party committees and people's organisations at the committee's level. */
export const COLLECTIVES = ["民革{p}委员会", "民盟{p}委员会", "民建{p}委员会", "民进{p}委员会", "农工党{p}委员会", "九三学社{p}委员会", "{p}工商业联合会", "共青团{p}委员会", "{p}总工会", "{p}妇女联合会", "{p}科学技术协会"];
