import { useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import './side-panel.css';

const WIDTH = { min: 280, max: 640, initial: 340 };
const SPLIT = { min: 0.2, max: 0.85, initial: 0.55 };

function clamp(v: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, v));
}

/**
 * A separator the user drags (or moves with arrow keys) to resize a neighbour. `onDelta` receives the pointer
 * movement in pixels along the separator's axis since the drag began.
 */
function Separator(props: { orientation: 'vertical' | 'horizontal'; label: string; value: number; onDelta: (delta: number, start: boolean) => void; onStep: (step: number) => void }) {
  const origin = useRef<number | null>(null);
  const axis = (e: PointerEvent) => (props.orientation === 'vertical' ? e.clientX : e.clientY);
  return (
    <div
      role="separator"
      tabIndex={0}
      aria-orientation={props.orientation}
      aria-label={props.label}
      aria-valuenow={Math.round(props.value)}
      className={`separator separator-${props.orientation}`}
      onPointerDown={(e) => {
        origin.current = axis(e);
        e.currentTarget.setPointerCapture(e.pointerId);
        props.onDelta(0, true);
      }}
      onPointerMove={(e) => {
        if (origin.current !== null) props.onDelta(axis(e) - origin.current, false);
      }}
      onPointerUp={() => (origin.current = null)}
      onKeyDown={(e: KeyboardEvent) => {
        const keys = props.orientation === 'vertical' ? ['ArrowLeft', 'ArrowRight'] : ['ArrowUp', 'ArrowDown'];
        const i = keys.indexOf(e.key);
        if (i < 0) return;
        e.preventDefault();
        props.onStep(i === 0 ? -1 : 1);
      }}
    />
  );
}

/**
 * The right-hand column: `top` (the inspector) above `bottom` (the problems list, when shown). The column's
 * width and the split between the two can be dragged; each part scrolls on its own.
 */
export function SidePanel({ top, bottom }: { top: ReactNode; bottom?: ReactNode }) {
  const [width, setWidth] = useState(WIDTH.initial);
  const [split, setSplit] = useState(SPLIT.initial);
  const startWidth = useRef(width);
  const startSplit = useRef(split);
  const column = useRef<HTMLElement>(null);

  return (
    <aside className="side-panel" ref={column} style={{ width }}>
      <Separator
        orientation="vertical"
        label="Resize the side panel"
        value={width}
        onDelta={(d, start) => {
          if (start) startWidth.current = width;
          else setWidth(clamp(startWidth.current - d, WIDTH.min, WIDTH.max));
        }}
        onStep={(s) => setWidth((w) => clamp(w - s * 20, WIDTH.min, WIDTH.max))}
      />
      <div className="side-part" style={{ flexBasis: bottom ? `${split * 100}%` : '100%' }}>
        {top}
      </div>
      {bottom && (
        <>
          <Separator
            orientation="horizontal"
            label="Resize properties and problems"
            value={split * 100}
            onDelta={(d, start) => {
              if (start) startSplit.current = split;
              else setSplit(clamp(startSplit.current + d / (column.current?.clientHeight || 1), SPLIT.min, SPLIT.max));
            }}
            onStep={(s) => setSplit((v) => clamp(v + s * 0.05, SPLIT.min, SPLIT.max))}
          />
          <div className="side-part" style={{ flexBasis: `${(1 - split) * 100}%` }}>
            {bottom}
          </div>
        </>
      )}
    </aside>
  );
}
