import { unstableSetRender } from "antd-mobile/es/utils/unstable-render";
import { createRoot, type Root } from "react-dom/client";

// antd-mobile 5 mounts Toast/Dialog with the legacy ReactDOM.render, which React 19 removed; without this
// hook the imperative Toast.show / Dialog.confirm throw "reactRender is not a function".
const roots = new WeakMap<Element | DocumentFragment, Root>();

unstableSetRender((node, container) => {
  let root = roots.get(container);
  if (!root) {
    root = createRoot(container);
    roots.set(container, root);
  }
  root.render(node);
  return async () => {
    // Unmounting during the render that asked for it is an error in React 19: wait a tick.
    await new Promise((resolve) => setTimeout(resolve, 0));
    root.unmount();
    roots.delete(container);
  };
});
