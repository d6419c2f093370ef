import type { ToastShowProps } from "antd-mobile";

/**
 * Toast pulls in antd-mobile's animation library (react-spring); loading it on first use keeps it out of
 * the login screen's first paint.
 */
export async function showToast(props: ToastShowProps) {
  // The component path, not the package index: a dynamic import of the index would keep all of antd-mobile.
  const { default: Toast } = await import("antd-mobile/es/components/toast");
  Toast.show(props);
}
