import type { ReactNode } from "react";
import { useNavigate } from "react-router";
import { Button, Result } from "antd";

export function ForbiddenPage({ subTitle, extra }: { subTitle?: string; extra?: ReactNode }) {
  const navigate = useNavigate();
  return (
    <Result
      status="403"
      title="无权访问"
      subTitle={subTitle ?? "您在当前委员会没有访问此页面的权限。如需开通，请联系本委员会的系统管理员。"}
      extra={
        extra ?? (
          <Button type="primary" onClick={() => navigate("/")}>
            返回首页
          </Button>
        )
      }
    />
  );
}
