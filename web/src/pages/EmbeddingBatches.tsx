import type { ScanEmbeddings } from '../api/types';
import { count } from '../components/format';
import { Time } from '../components/Time';

/**
 * A scan's embedding batches (its {@code stats.embeddings}): a bar of batches finished while the embedding worker
 * still has some pending, then complete, or incomplete with the chunks dropped and why. Nothing for a scan whose
 * embedding was not split into batches.
 */
export function EmbeddingBatches({ embeddings }: { embeddings: ScanEmbeddings | undefined }) {
  const batches = embeddings?.batches;
  if (!embeddings || !batches || !embeddings.state) return null;
  return (
    <section className="card" aria-labelledby="embeddings-title">
      <h2 id="embeddings-title">Embeddings</h2>
      {embeddings.state === 'embedding' && (
        <>
          <label htmlFor="embedding-progress">
            Embedding: {count(batches.done)} of {count(batches.total)} batches done
            {batches.dropped > 0 && `, ${count(batches.dropped)} dropped`}
          </label>
          <progress id="embedding-progress" max={Math.max(1, batches.total)} value={batches.done + batches.dropped} />
          {embeddings.deadline && <p className="muted">Batches still pending at the deadline (<Time iso={embeddings.deadline} />) are dropped.</p>}
        </>
      )}
      {embeddings.state === 'complete' && (
        <p>Complete: {count(batches.done)} of {count(batches.total)} batches embedded
          {embeddings.queued !== undefined && ` (${count(embeddings.queued)} chunks)`}.</p>
      )}
      {embeddings.state === 'incomplete' && (
        <p>
          Incomplete: {count(batches.done)} of {count(batches.total)} batches embedded, {count(batches.dropped)} dropped
          {embeddings.droppedChunks !== undefined && ` (${count(embeddings.droppedChunks)} chunks not embedded)`}
          {embeddings.reason && `: ${embeddings.reason}`}. A rescan queues their files again.
        </p>
      )}
    </section>
  );
}

/** The embedding batches in a word for a list of scans: "embedding 3/8" while pending, "embeddings incomplete"; else nothing. */
export function embeddingNote(embeddings: ScanEmbeddings | undefined): string | null {
  const batches = embeddings?.batches;
  if (!batches) return null;
  if (embeddings.state === 'embedding') return `embedding ${batches.done}/${batches.total}`;
  if (embeddings.state === 'incomplete') return 'embeddings incomplete';
  return null;
}
