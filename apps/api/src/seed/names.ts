import type { Random } from "./random";

// Common surnames weighted roughly by frequency in northern China; given-name characters from usual names.
const SURNAMES: [string, number][] = [
  ["王", 10], ["李", 9], ["张", 9], ["刘", 7], ["陈", 5], ["杨", 5], ["赵", 4], ["黄", 3], ["周", 3], ["吴", 3],
  ["徐", 2], ["孙", 2], ["胡", 2], ["朱", 2], ["高", 2], ["林", 1], ["何", 1], ["郭", 2], ["马", 2], ["罗", 1],
  ["梁", 1], ["宋", 1], ["郑", 1], ["谢", 1], ["韩", 1], ["唐", 1], ["冯", 1], ["于", 1], ["董", 1], ["萧", 1],
  ["程", 1], ["曹", 1], ["袁", 1], ["邓", 1], ["许", 1], ["傅", 1], ["沈", 1], ["曾", 1], ["彭", 1], ["吕", 1],
  ["苏", 1], ["卢", 1], ["蒋", 1], ["蔡", 1], ["贾", 1], ["丁", 1], ["魏", 1], ["薛", 1], ["叶", 1], ["阎", 1],
  ["乔", 1], ["段", 1], ["武", 1], ["白", 1], ["康", 1], ["霍", 1], ["田", 1], ["任", 1], ["姚", 1], ["温", 1],
];
const GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国建华志强海燕晓东丽华红梅玉兰文斌宏伟金凤春生永红淑珍光明立新振华德胜晋生云峰雁鸣";
const GIVEN_CHARS = [...GIVEN];

export function chineseName(rnd: Random): string {
  const surname = rnd.weighted(SURNAMES);
  const len = rnd.next() < 0.7 ? 2 : 1;
  let given = "";
  for (let i = 0; i < len; i++) given += rnd.pick(GIVEN_CHARS);
  return surname + given;
}
