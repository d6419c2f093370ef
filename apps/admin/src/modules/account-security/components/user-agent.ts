/** Browser families in the order they must be tested (Edge and WeChat also say "Chrome"; Chrome says "Safari"). */
const BROWSERS: [RegExp, (version: string) => string][] = [
  [/Edg\/(\d+)/, (v) => `Edge ${v}`],
  [/MicroMessenger\//, () => "微信"],
  [/Firefox\/(\d+)/, (v) => `Firefox ${v}`],
  [/Chrom(?:e|ium)\/(\d+)/, (v) => `Chrome ${v}`],
  [/Version\/(\d+).*Safari/, (v) => `Safari ${v}`],
];
const SYSTEMS: [RegExp, string][] = [
  [/Android/, "Android"],
  [/iPhone|iPad/, "iOS"],
  [/Windows/, "Windows"],
  [/Mac OS X/, "macOS"],
  [/Linux/, "Linux"],
];

/** “Chrome 156 · Windows” from a user-agent string: enough to recognise one's own devices. */
export function describeUserAgent(ua: string | null): string {
  if (!ua) return "未知设备";
  let browser = "浏览器";
  for (const [re, name] of BROWSERS) {
    const m = re.exec(ua);
    if (m) {
      browser = name(m[1] ?? "");
      break;
    }
  }
  const os = SYSTEMS.find(([re]) => re.test(ua))?.[1];
  return os ? `${browser} · ${os}` : browser;
}
