import { Button } from "antd-mobile";
import { useNavigate, useParams } from "react-router";
import { Page } from "../../../app/components/page";
import { EmptyState } from "../../../app/components/page-states";
import { workbenchEntries } from "../../../app/modules";
import NotFoundPage from "../../../app/components/not-found-page";

/** The page behind a planned 工作台 tile: says plainly that the feature is not there yet. */
export default function BuildingPage() {
  const { key } = useParams();
  const navigate = useNavigate();
  const entry = workbenchEntries.find((e) => e.key === key && e.planned);
  if (!entry) return <NotFoundPage />;
  return (
    <Page title={entry.title} back backTo="/workbench">
      <EmptyState title="功能建设中" description={`“${entry.title}”功能正在建设中，上线后即可在此使用。`}>
        <Button color="primary" fill="outline" size="small" onClick={() => navigate("/workbench", { replace: true })}>
          返回工作台
        </Button>
      </EmptyState>
    </Page>
  );
}
