/** How far the pointer travels before a press becomes a drag: shorter is a click. */
const DISTANCE = 5;
/**
 * The page scrolls while the pointer is this close to the window's top or bottom: narrow, so a cell low on the
 * screen can be aimed at without the page moving it away.
 */
const EDGE_PX = 60;
/** Scroll speed at the edge, in pixels per 5 ms. */
const SPEED = 10;

type Offset = { x: number; y: number };

/**
 * Follows a press on `node` until it is let go. Once past DISTANCE, `onMove` gets the element's offset (the
 * pointer's travel plus any scrolling since) and the drop target under the pointer, if any: an element with a
 * `data-drop` attribute. The pointer decides, not the dragged element's box, so the post lands where the
 * person points whatever the chip's size. `onEnd` gets the target when the element is let go there, null when the drag is
 * cancelled (Escape, the window resized or hidden). Returns a function that cancels it.
 */
export function startDrag(
  down: PointerEvent,
  node: HTMLElement,
  handlers: { onMove: (offset: Offset, over: string | null) => void; onEnd: (over: string | null) => void },
): () => void {
  const doc = node.ownerDocument;
  const win = doc.defaultView ?? window;
  const start = { x: down.clientX, y: down.clientY, scrollX: win.scrollX, scrollY: win.scrollY };
  const pointer = { x: down.clientX, y: down.clientY };
  let active = false;
  let done = false;
  let over: string | null = null;
  let frame = 0;
  let lastFrame = 0;

  function update() {
    over = target(doc, pointer);
    handlers.onMove(
      { x: pointer.x - start.x + win.scrollX - start.scrollX, y: pointer.y - start.y + win.scrollY - start.scrollY },
      over,
    );
  }

  function activate() {
    active = true;
    // The press that started a drag is no click (on the chip or wherever it is let go).
    doc.addEventListener("click", stopClick, true);
    clearSelection();
    doc.addEventListener("selectionchange", clearSelection);
    lastFrame = performance.now();
    frame = requestAnimationFrame(scroll);
    update();
  }

  function onPointerMove(e: PointerEvent) {
    if (!e.isPrimary) return;
    pointer.x = e.clientX;
    pointer.y = e.clientY;
    if (!active) {
      if (Math.hypot(pointer.x - start.x, pointer.y - start.y) > DISTANCE) activate();
      return;
    }
    if (e.cancelable) e.preventDefault();
    update();
  }

  /** Near the top or bottom of the window the page scrolls, faster closer to the edge. */
  function scroll(now: number) {
    const zone = Math.min(EDGE_PX, win.innerHeight / 4);
    const speed =
      pointer.y <= zone
        ? -SPEED * Math.min(1, (zone - pointer.y) / zone)
        : pointer.y >= win.innerHeight - zone
          ? SPEED * Math.min(1, (pointer.y - (win.innerHeight - zone)) / zone)
          : 0;
    const step = Math.round((speed * (now - lastFrame)) / 5);
    lastFrame = now;
    // The scroll event that follows moves the element and finds its target again.
    if (step) win.scrollBy(0, step);
    frame = requestAnimationFrame(scroll);
  }

  function finish(drop: boolean) {
    if (done) return;
    done = true;
    for (const [target, type, listener, options] of listeners) target.removeEventListener(type, listener, options);
    cancelAnimationFrame(frame);
    // The click that follows the release comes after this: stop listening for it a moment later.
    setTimeout(() => {
      doc.removeEventListener("click", stopClick, true);
      doc.removeEventListener("selectionchange", clearSelection);
    }, 50);
    if (active) handlers.onEnd(drop ? over : null);
  }

  const onPointerUp = () => finish(true);
  const cancel = () => finish(false);
  const onKeyDown = (e: KeyboardEvent) => e.code === "Escape" && cancel();
  const onScroll = () => active && update();
  const clearSelection = () => doc.getSelection()?.removeAllRanges();

  // The press's listeners, added now and all removed when it ends.
  const listeners: [EventTarget, string, EventListener, AddEventListenerOptions?][] = [
    [doc, "pointermove", onPointerMove as EventListener, { passive: false }],
    [doc, "pointerup", onPointerUp],
    [doc, "pointercancel", cancel],
    [doc, "keydown", onKeyDown as EventListener],
    [win, "scroll", onScroll, { capture: true }],
    [win, "resize", cancel],
    [win, "visibilitychange", cancel],
    [win, "dragstart", preventDefault],
    [win, "contextmenu", preventDefault],
  ];
  for (const [target, type, listener, options] of listeners) target.addEventListener(type, listener, options);
  return cancel;
}

const stopClick = (e: Event) => e.stopPropagation();
const preventDefault = (e: Event) => e.preventDefault();

/** The drop target under the pointer. */
function target(doc: Document, at: { x: number; y: number }): string | null {
  for (const el of doc.querySelectorAll<HTMLElement>("[data-drop]")) {
    const r = el.getBoundingClientRect();
    if (at.x >= r.left && at.x < r.right && at.y >= r.top && at.y < r.bottom) return el.dataset.drop ?? null;
  }
  return null;
}
