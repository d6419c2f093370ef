import { IMPORT_MAX_BYTES } from "@zhzx/shared";

export interface Base64File {
  filename: string;
  contentType: string;
  base64: string;
}

/** Saves a file the API generated (template, export) through a temporary object URL. */
export function downloadBase64File(file: Base64File) {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.contentType }));
  const a = document.createElement("a");
  a.href = url;
  a.download = file.filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Some browsers start the download after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Why a chosen file cannot be imported, before any byte is read (the server checks again). */
export function uploadProblem(file: File): string | null {
  if (!/\.xlsx$/i.test(file.name)) return "请选择 Excel 文件（.xlsx）；旧版 .xls 文件请先另存为 .xlsx";
  if (file.size === 0) return "文件是空的";
  if (file.size > IMPORT_MAX_BYTES) return `文件过大（最大 ${IMPORT_MAX_BYTES / 1024 / 1024} MB）`;
  return null;
}

/** Reads a file as base64 (the import mutations take it as an argument), reporting 0–100 as it goes. */
export function readFileAsBase64(file: File, onProgress: (percent: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    reader.onerror = () => reject(new Error("读取文件失败，请重新选择文件"));
    reader.onload = () => {
      onProgress(100);
      const url = String(reader.result ?? "");
      resolve(url.slice(url.indexOf(",") + 1));
    };
    reader.readAsDataURL(file);
  });
}
