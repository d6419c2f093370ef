import { useState } from "react";
import { Button, Dialog, InfiniteScroll, Skeleton, TextArea } from "antd-mobile";
import { useNavigate, useParams } from "react-router";
import { useMutation, useQuery } from "@apollo/client/react";
import { CIRCLE_COMMENT_MAX_CHARS, circleCommentInput } from "@zhzx/shared";
import { Page } from "../../../app/components/page";
import { LoadFailed } from "../../../app/components/page-states";
import { errorMessage, toastError } from "../../../app/errors";
import { showToast } from "../../../app/toast";
import { arrivedAt } from "../../inbox/times";
import { usePagedList } from "../../inbox/hooks/use-paged-list";
import { Avatar, PostCard } from "../components/post-card";
import { CircleCommentsDocument, CirclePostDocument, CommentCirclePostDocument, DeleteCircleCommentDocument } from "../graphql/circles";
import styles from "../circles.module.css";

function Comments({ postId }: { postId: string }) {
  const list = usePagedList(CircleCommentsDocument, "circleComments", { postId });
  const [remove] = useMutation(DeleteCircleCommentDocument);
  if (list.loading) return <Skeleton.Paragraph lineCount={3} animated />;
  if (list.error) return <LoadFailed error={list.error} onRetry={() => void list.refresh().catch(() => undefined)} />;
  const del = async (id: string) => {
    if (!(await Dialog.confirm({ content: "确定删除这条评论吗？", confirmText: "删除", cancelText: "取消" }))) return;
    await remove({ variables: { id }, refetchQueries: ["PortalCircleComments", "PortalCirclePostDetail"] }).catch(toastError);
  };
  return (
    <section className={styles.card} aria-label="评论">
      <div className={styles.meta}>评论 {list.total}</div>
      {list.items.length === 0 && <p className={styles.meta}>还没有评论，来说两句吧。</p>}
      {list.items.map((c) => (
        <div key={c.id} className={styles.comment}>
          <div className={styles.commentHead}>
            <span className={styles.author}>
              <Avatar name={c.author.name} />
              <span className={styles.name}>{c.author.name}</span>
            </span>
            <span className={styles.meta}>
              {arrivedAt(c.createdAt as string)}
              {c.mine && (
                <Button size="mini" fill="none" onClick={() => void del(c.id)}>
                  删除
                </Button>
              )}
            </span>
          </div>
          <p className={styles.text} style={{ marginTop: 4 }}>
            {c.text}
          </p>
        </div>
      ))}
      {list.paged && <InfiniteScroll loadMore={list.loadMore} hasMore={list.hasMore} />}
    </section>
  );
}

/** One post with its comments, and a box to comment at the bottom. */
export default function PostPage() {
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(CirclePostDocument, { variables: { id }, fetchPolicy: "cache-and-network" });
  const post = data?.circlePost;
  const [text, setText] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [comment, commenting] = useMutation(CommentCirclePostDocument, { refetchQueries: ["PortalCircleComments", "PortalCirclePostDetail"] });

  const send = async () => {
    const parsed = circleCommentInput.safeParse({ text });
    if (!parsed.success) return setProblem(parsed.error.issues[0]?.message ?? "输入有误");
    setProblem(null);
    try {
      await comment({ variables: { postId: id, text: parsed.data.text } });
      setText("");
      void showToast({ icon: "success", content: "已评论" });
    } catch (e) {
      setProblem(errorMessage(e));
    }
  };

  return (
    <Page title="帖子详情" back backTo={post ? `/circles/${post.circle.id}` : "/circles"}>
      {error && !post && <LoadFailed error={error} onRetry={() => void refetch()} />}
      {!post && loading && <Skeleton.Paragraph lineCount={8} animated />}
      {post && (
        <>
          <div className={styles.sectionTitle}>{post.circle.name}</div>
          <PostCard post={post} onRemoved={() => navigate(`/circles/${post.circle.id}`, { replace: true })} />
          <Comments postId={post.id} />
          <div className={styles.composerBar}>
            <div>
              <TextArea
                value={text}
                onChange={(v) => {
                  setText(v);
                  if (problem) setProblem(null);
                }}
                placeholder="写评论…"
                autoSize={{ minRows: 1, maxRows: 4 }}
                maxLength={CIRCLE_COMMENT_MAX_CHARS}
                aria-label="评论内容"
              />
              {problem && (
                <p className={styles.error} role="alert">
                  {problem}
                </p>
              )}
            </div>
            <Button color="primary" size="small" loading={commenting.loading} onClick={() => void send()}>
              发送
            </Button>
          </div>
        </>
      )}
    </Page>
  );
}
