import { Button } from "antd-mobile";
import { useNavigate } from "react-router";
import { EmptyState } from "./page-states";

export default function NotFoundPage() {
  const navigate = useNavigate();
  return (
    <EmptyState title="页面不存在" description="您访问的页面不存在或已被移除">
      <Button color="primary" size="small" onClick={() => navigate("/", { replace: true })}>
        返回首页
      </Button>
    </EmptyState>
  );
}
