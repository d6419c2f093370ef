/**
 * A short category for a kind (`member.change_request.approved` → 信息修改). Kinds are open-ended —
 * every module adds its own — so this goes by the module prefix, and an unknown one gets no label.
 */
const CATEGORIES: [prefix: string, label: string][] = [
  ["member.change_request", "信息修改"],
  ["member", "委员信息"],
  ["proposal", "提案"],
  ["opinion", "社情民意"],
  ["meeting", "会议活动"],
  ["notice", "通知公告"],
  ["performance", "履职"],
  ["circle", "圈子"],
];

export function kindCategory(kind: string): string | null {
  return CATEGORIES.find(([prefix]) => kind === prefix || kind.startsWith(`${prefix}.`))?.[1] ?? null;
}
