const WEEKDAYS = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];

/** 早上好 / 上午好 / 中午好 / 下午好 / 晚上好, by the phone's clock. */
export function greetingFor(date: Date): string {
  const h = date.getHours();
  if (h < 5) return "晚上好";
  if (h < 9) return "早上好";
  if (h < 12) return "上午好";
  if (h < 14) return "中午好";
  if (h < 18) return "下午好";
  return "晚上好";
}

/** e.g. 11月24日 星期一 */
export function chineseDate(date: Date): string {
  return `${date.getMonth() + 1}月${date.getDate()}日 ${WEEKDAYS[date.getDay()]}`;
}
