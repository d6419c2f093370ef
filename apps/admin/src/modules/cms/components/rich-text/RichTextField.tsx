import { lazy, Suspense } from "react";
import { Skeleton } from "antd";
import type { RichTextEditorProps } from "./RichTextEditor";

// The editor (ProseMirror and TipTap) is the console's second-heaviest piece: its own chunk, fetched
// when an article opens, never with the console's first load.
const RichTextEditor = lazy(() => import("./RichTextEditor"));

/** The body editor as an antd form control (value / onChange). */
export function RichTextField(props: RichTextEditorProps) {
  return (
    <Suspense fallback={<Skeleton active paragraph={{ rows: 8 }} />}>
      <RichTextEditor {...props} />
    </Suspense>
  );
}
