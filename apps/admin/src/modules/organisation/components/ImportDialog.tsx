import { useEffect, useRef, useState, type ReactNode } from "react";
import { DownloadOutlined, InboxOutlined } from "@ant-design/icons";
import { Alert, App, Button, Modal, Progress, Result, Space, Table, Typography, Upload } from "antd";
import { errorMessage } from "../../../app/errors";
import type { ImportResultFieldsFragment } from "../../../gql/graphql";
import { downloadBase64File, readFileAsBase64, uploadProblem, type Base64File } from "./file-transfer";

export type ImportResult = ImportResultFieldsFragment;
type RowError = ImportResult["errors"][number];

type Phase = "idle" | "reading" | "checking" | "checked" | "importing" | "done";

export interface ImportDialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  loadTemplate: () => Promise<Base64File>;
  /** Validate only (dry run). Without it the import itself validates: all rows or none. */
  validate?: (fileBase64: string) => Promise<ImportResult>;
  commit: (fileBase64: string) => Promise<ImportResult>;
  onImported: (result: ImportResult) => void;
  /** What is imported, for the messages: "名委员", "项". */
  unit: string;
  /** Options above the file (e.g. the 届次): changing `optionsKey` validates the chosen file again. */
  options?: ReactNode;
  optionsKey?: string;
  /** A reason the import cannot start yet (e.g. no 届次 chosen). */
  blocked?: string | null;
  hint?: ReactNode;
}

const PHASE_TEXT: Partial<Record<Phase, string>> = {
  reading: "正在读取文件…",
  checking: "正在上传并逐行校验…",
  importing: "正在导入…",
};

/**
 * The import flow shared by members, dictionaries and units: template → file → (dry run: per-row
 * errors or "校验通过") → import. Reading shows real progress; the request, whose upload the fetch API
 * cannot report, advances towards 95 % until the server answers.
 */
export function ImportDialog(props: ImportDialogProps) {
  const { open, title, onClose, loadTemplate, validate, commit, onImported, unit, options, optionsKey, blocked, hint } = props;
  const { message } = App.useApp();
  const [file, setFile] = useState<File | null>(null);
  const [base64, setBase64] = useState<string | null>(null);
  const [phase, setPhase] = useState<Phase>("idle");
  const [percent, setPercent] = useState(0);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [templateLoading, setTemplateLoading] = useState(false);
  const ticker = useRef<ReturnType<typeof setInterval> | null>(null);
  const run = useRef(0);

  const stopTicker = () => {
    if (ticker.current) clearInterval(ticker.current);
    ticker.current = null;
  };
  const startTicker = (from: number) => {
    stopTicker();
    setPercent(from);
    ticker.current = setInterval(() => setPercent((p) => (p < 95 ? p + Math.max(1, Math.round((95 - p) / 10)) : p)), 200);
  };
  useEffect(() => stopTicker, []);

  const reset = () => {
    run.current++;
    stopTicker();
    setFile(null);
    setBase64(null);
    setPhase("idle");
    setPercent(0);
    setResult(null);
    setFailure(null);
  };

  const send = async (data: string, dryRun: boolean) => {
    const mine = ++run.current;
    setFailure(null);
    setResult(null);
    setPhase(dryRun ? "checking" : "importing");
    startTicker(dryRun ? 50 : 10);
    try {
      const r = dryRun ? await validate!(data) : await commit(data);
      if (mine !== run.current) return;
      stopTicker();
      setPercent(100);
      setResult(r);
      if (!dryRun && r.ok) {
        setPhase("done");
        onImported(r);
      } else {
        setPhase("checked");
      }
    } catch (e) {
      if (mine !== run.current) return;
      stopTicker();
      setFailure(errorMessage(e));
      setPhase("checked");
    }
  };

  const choose = async (f: File) => {
    reset();
    const problem = uploadProblem(f);
    if (problem) {
      setFailure(problem);
      return;
    }
    const mine = run.current;
    setFile(f);
    setPhase("reading");
    try {
      const data = await readFileAsBase64(f, (p) => setPercent(Math.round(p / 2)));
      if (mine !== run.current) return;
      setBase64(data);
      if (validate && !blocked) await send(data, true);
      else setPhase("checked");
    } catch (e) {
      setFailure(e instanceof Error ? e.message : "读取文件失败");
      setPhase("idle");
    }
  };

  // A changed option (another 届次) makes the previous check meaningless.
  const validateRef = useRef(send);
  validateRef.current = send;
  useEffect(() => {
    if (base64 && validate && !blocked && phase !== "done") void validateRef.current(base64, true);
  }, [optionsKey]);

  const downloadTemplate = async () => {
    setTemplateLoading(true);
    try {
      downloadBase64File(await loadTemplate());
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setTemplateLoading(false);
    }
  };

  const close = () => {
    reset();
    onClose();
  };

  const busy = phase === "reading" || phase === "checking" || phase === "importing";
  const checkedOk = !!result && result.ok && phase === "checked";
  const canImport = !!base64 && !busy && !blocked && phase === "checked" && (validate ? checkedOk : !result || !result.ok) && !failure;
  const badRows = result ? new Set(result.errors.map((e) => e.row)).size : 0;

  const footer =
    phase === "done" ? (
      <Button type="primary" onClick={close}>
        完成
      </Button>
    ) : (
      <Space>
        <Button onClick={close}>取消</Button>
        <Button type="primary" disabled={!canImport} loading={phase === "importing"} onClick={() => base64 && send(base64, false)}>
          {validate && result?.ok ? `确认导入 ${result.totalRows} ${unit}` : "开始导入"}
        </Button>
      </Space>
    );

  return (
    <Modal title={title} open={open} onCancel={close} footer={footer} width={760} mask={{ closable: !busy }} destroyOnHidden>
      {phase === "done" && result ? (
        <Result
          status="success"
          title={`导入完成：已导入 ${result.imported} ${unit}`}
          subTitle={result.skipped ? `另有 ${result.skipped} ${unit}已存在，已跳过` : `文件共 ${result.totalRows} 行数据`}
        />
      ) : (
        <Space orientation="vertical" size={16} style={{ width: "100%" }}>
          <Space wrap>
            <Typography.Text>第一步：</Typography.Text>
            <Button icon={<DownloadOutlined />} loading={templateLoading} onClick={downloadTemplate}>
              下载导入模板
            </Button>
            <Typography.Text type="secondary">按模板填写，表头不要改动；带 * 的列必填。</Typography.Text>
          </Space>
          {hint}
          {options}
          {blocked && <Alert type="warning" showIcon title={blocked} />}
          <Upload.Dragger
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            multiple={false}
            showUploadList={false}
            disabled={busy}
            beforeUpload={(f) => {
              void choose(f);
              return Upload.LIST_IGNORE;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">第二步：点击或拖动 Excel 文件（.xlsx）到此处</p>
            <p className="ant-upload-hint">{file ? `已选择：${file.name}（${(file.size / 1024).toFixed(1)} KB）` : "单个文件，最大 5 MB"}</p>
          </Upload.Dragger>
          {(busy || percent > 0) && (
            <div>
              <Progress
                percent={percent}
                status={failure || (result && !result.ok) ? "exception" : busy ? "active" : result?.ok ? "success" : "normal"}
                aria-label="导入进度"
              />
              {busy && <Typography.Text type="secondary">{PHASE_TEXT[phase]}</Typography.Text>}
            </div>
          )}
          {failure && <Alert type="error" showIcon title={failure} role="alert" />}
          {checkedOk && (
            <Alert type="success" showIcon title={`校验通过，共 ${result!.totalRows} 行`} description={`点击“确认导入”将 ${result!.totalRows} ${unit}全部导入。`} />
          )}
          {result && !result.ok && (
            <>
              <Alert
                type="error"
                showIcon
                role="alert"
                title={`校验未通过：${badRows} 行有错误，共 ${result.errors.length} 处`}
                description="文件中的数据一行也未导入。请按下表修改后重新选择文件。"
              />
              <ImportErrorsTable errors={result.errors} />
            </>
          )}
          {!validate && base64 && !result && !failure && phase === "checked" && (
            <Alert type="info" showIcon title="文件已读取。导入时逐行校验，有任何错误则一行也不导入。" />
          )}
        </Space>
      )}
    </Modal>
  );
}

export function ImportErrorsTable({ errors }: { errors: RowError[] }) {
  return (
    <Table<RowError & { key: number }>
      size="small"
      rowKey="key"
      dataSource={errors.map((e, i) => ({ ...e, key: i }))}
      pagination={errors.length > 10 ? { pageSize: 10, size: "small", showTotal: (t) => `共 ${t} 处错误` } : false}
      columns={[
        { title: "行号", dataIndex: "row", key: "row", width: 80 },
        { title: "列", dataIndex: "column", key: "column", width: 140, render: (v: string | null) => v ?? "—" },
        { title: "错误", dataIndex: "message", key: "message" },
      ]}
      data-testid="import-errors"
    />
  );
}
