export const fmt = (n: number) => String(Math.round(n * 100) / 100);
export const signed = (n: number) => (n > 0 ? `+${fmt(n)}` : fmt(n));
export const statusColor = (s: string) => (s === "ACCEPTED" ? "success" : s === "RETURNED" ? "danger" : "primary");
export const dayOf = (d: Date) => d.toLocaleDateString("sv-SE", { timeZone: "Asia/Shanghai" });

/** Saves a generated file (the archive .docx) through a temporary object URL. */
export function saveFile(f: { filename: string; contentType: string; base64: string }) {
  const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: f.contentType }));
  const a = document.createElement("a");
  a.href = url;
  a.download = f.filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
