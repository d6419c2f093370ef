import { useState } from "react";
import { ActionSheet, Dialog, Image, ImageViewer, Tag } from "antd-mobile";
import { HeartFill, HeartOutline, MessageOutline, MoreOutline } from "antd-mobile-icons";
import { useMutation } from "@apollo/client/react";
import { toastError } from "../../../app/errors";
import { showToast } from "../../../app/toast";
import type { PortalCirclePostFragment } from "../../../gql/graphql";
import { arrivedAt } from "../../inbox/times";
import { DeleteMyCirclePostDocument, LikeCirclePostDocument } from "../graphql/circles";
import { ReportPopup } from "./report-popup";
import styles from "../circles.module.css";

export function Avatar({ name }: { name: string }) {
  return (
    <span className={styles.avatar} aria-hidden>
      {name.slice(0, 1)}
    </span>
  );
}

/**
 * One post: author, text (plain text, rendered as text — never as HTML), up to nine images (tap to
 * enlarge), 赞 and 评论, and under 更多 举报 (others' posts) or 删除 (one's own).
 */
export function PostCard({ post, onOpen, onRemoved }: { post: PortalCirclePostFragment; onOpen?: () => void; onRemoved?: () => void }) {
  const [viewing, setViewing] = useState<number | null>(null);
  const [menu, setMenu] = useState(false);
  const [reporting, setReporting] = useState(false);
  const [like] = useMutation(LikeCirclePostDocument);
  const [remove] = useMutation(DeleteMyCirclePostDocument);

  const toggleLike = () =>
    like({
      variables: { postId: post.id, liked: !post.likedByMe },
      optimisticResponse: { likeCirclePost: { __typename: "CirclePost", id: post.id, likedByMe: !post.likedByMe, likeCount: post.likeCount + (post.likedByMe ? -1 : 1) } },
    }).catch(toastError);

  const confirmDelete = async () => {
    if (!(await Dialog.confirm({ content: "确定删除这条帖子吗？删除后不能恢复。", confirmText: "删除", cancelText: "取消" }))) return;
    try {
      await remove({ variables: { id: post.id } });
      void showToast({ icon: "success", content: "已删除" });
      onRemoved?.();
    } catch (e) {
      toastError(e);
    }
  };

  const urls = post.images.map((i) => i.url);
  return (
    <article className={styles.card} aria-label={`${post.author.name}的帖子`}>
      <div className={styles.author}>
        <Avatar name={post.author.name} />
        <div style={{ flex: 1, minWidth: 0 }}>
          <div className={styles.name}>
            {post.author.name}
            {post.pinned && (
              <Tag color="danger" fill="outline" style={{ marginLeft: 6 }}>
                置顶
              </Tag>
            )}
          </div>
          <div className={styles.meta}>{arrivedAt(post.createdAt as string)}</div>
        </div>
      </div>
      {post.text && (
        <p className={styles.text} onClick={onOpen}>
          {post.text}
        </p>
      )}
      {urls.length > 0 && (
        <div className={`${styles.grid} ${urls.length === 1 ? styles.single : ""}`}>
          {urls.map((u, i) => (
            <Image key={u} src={u} className={styles.thumb} fit="cover" lazy alt={`图片 ${i + 1}`} onClick={() => setViewing(i)} />
          ))}
        </div>
      )}
      <ImageViewer.Multi images={urls} visible={viewing !== null} defaultIndex={viewing ?? 0} onClose={() => setViewing(null)} />
      <div className={styles.actions}>
        <button type="button" className={`${styles.action} ${post.likedByMe ? styles.liked : ""}`} onClick={() => void toggleLike()} aria-pressed={post.likedByMe} aria-label={post.likedByMe ? "取消点赞" : "点赞"}>
          {post.likedByMe ? <HeartFill /> : <HeartOutline />} {post.likeCount || "赞"}
        </button>
        <button type="button" className={styles.action} onClick={onOpen} aria-label="评论">
          <MessageOutline /> {post.commentCount || "评论"}
        </button>
        <button type="button" className={styles.action} onClick={() => setMenu(true)} aria-label="更多">
          <MoreOutline />
        </button>
      </div>
      <ActionSheet
        visible={menu}
        onClose={() => setMenu(false)}
        cancelText="取消"
        actions={
          post.mine
            ? [{ key: "delete", text: "删除", danger: true, onClick: () => void confirmDelete() }]
            : [{ key: "report", text: post.reportedByMe ? "已举报" : "举报", disabled: post.reportedByMe, onClick: () => setReporting(true) }]
        }
        onAction={() => setMenu(false)}
      />
      <ReportPopup postId={post.id} visible={reporting} onClose={() => setReporting(false)} />
    </article>
  );
}
