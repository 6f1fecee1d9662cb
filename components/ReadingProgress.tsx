import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/** How far through the scroller's content the reader is, from 0 (top) to 1 (the end in view); 0 when it all fits. */
export function readingProgress(scroller: Pick<HTMLElement, 'scrollTop' | 'scrollHeight' | 'clientHeight'>): number {
  const range = scroller.scrollHeight - scroller.clientHeight;
  if (range <= 1) return 0;
  return Math.min(1, Math.max(0, scroller.scrollTop / range));
}

/**
 * A thin bar along the toolbar's lower edge that fills as the article is read, from the side its lines start on (the
 * right in Arabic, Hebrew, Persian and Urdu). Decorative: a screen reader has its own sense of where it is.
 * It is drawn with a transform set on scroll, at most once a frame, so scrolling never re-renders the reader; it is
 * measured again when the content changes size (images arriving, a larger font, another width) or is another article
 * (`content`: the list shown anyway).
 */
export function ReadingProgress(props: { scrollerRef: RefObject<HTMLElement>; dir: 'ltr' | 'rtl'; content: string }) {
  const barRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const scroller = props.scrollerRef.current;
    const bar = barRef.current;
    if (!scroller || !bar) return undefined;
    let frame = 0;
    const draw = () => {
      frame = 0;
      const progress = readingProgress(scroller);
      bar.style.transform = `scaleX(${progress})`;
      bar.hidden = progress === 0;
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(draw);
    };
    draw();
    scroller.addEventListener('scroll', schedule, { passive: true });
    const resized = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : null;
    resized?.observe(scroller);
    for (const child of Array.from(scroller.children)) resized?.observe(child);
    return () => {
      scroller.removeEventListener('scroll', schedule);
      resized?.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [props.scrollerRef, props.content]);
  return <div class="qari-progress" ref={barRef} dir={props.dir} aria-hidden="true" hidden />;
}
