import { useState } from "react";
import { Image, ImageViewer, Skeleton } from "antd-mobile";
import { useParams } from "react-router";
import { useQuery } from "@apollo/client/react";
import { Page } from "../../../app/components/page";
import { LoadFailed } from "../../../app/components/page-states";
import { PhotoStoryDocument } from "../graphql/meetings";
import { when } from "./labels";
import styles from "./meetings.module.css";

/** 履职风采: one published photo story, pictures full width (tap to enlarge). */
export default function StoryPage() {
  const { id = "" } = useParams();
  const { data, loading, error, refetch } = useQuery(PhotoStoryDocument, { variables: { id }, fetchPolicy: "cache-and-network" });
  const s = data?.photoStory;
  const [viewing, setViewing] = useState<number | null>(null);
  return (
    <Page title="履职风采" back backTo="/meetings?tab=stories">
      {error && !s && <LoadFailed error={error} onRetry={() => void refetch()} />}
      {!s && loading && <Skeleton.Paragraph lineCount={8} animated />}
      {s && (
        <article className={styles.article}>
          <h1>{s.title}</h1>
          <div className={styles.meta}>
            {s.publishedAt && when(s.publishedAt)}
            {s.meeting && ` · ${s.meeting.title}`}
          </div>
          <div className={styles.text} style={{ marginTop: 12 }}>
            {s.body}
          </div>
          {s.images.map((img, i) => (
            <figure key={img.id} className={styles.figure}>
              <Image src={img.url} alt={img.caption ?? `图片 ${i + 1}`} fit="cover" onClick={() => setViewing(i)} />
              {img.caption && <figcaption className={styles.meta}>{img.caption}</figcaption>}
            </figure>
          ))}
          <ImageViewer.Multi images={s.images.map((x) => x.url)} visible={viewing !== null} defaultIndex={viewing ?? 0} onClose={() => setViewing(null)} />
        </article>
      )}
    </Page>
  );
}
