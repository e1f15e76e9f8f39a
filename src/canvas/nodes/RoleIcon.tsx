import { memo } from 'react';
import { ICON_STROKE, ICON_VIEWBOX, ROLE_ICONS, type IconKind } from '../../layout/role-icons';

/**
 * A role icon from the core's drawings (layout/role-icons.ts), the same glyph the exported pictures use,
 * drawn in the current text colour. Decorative: the node's text names the role.
 */
function RoleIconView({ kind, size = 20, className }: { kind: IconKind; size?: number; className?: string }) {
  return (
    <svg
      className={`role-icon${className ? ` ${className}` : ''}`}
      width={size}
      height={size}
      viewBox={`0 0 ${ICON_VIEWBOX} ${ICON_VIEWBOX}`}
      fill="none"
      stroke="currentColor"
      strokeWidth={ICON_STROKE}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      data-icon={kind}
    >
      {ROLE_ICONS[kind].map((s, i) => {
        const paint = s.solid ? { fill: 'currentColor', stroke: 'none' } : undefined;
        switch (s.t) {
          case 'path':
            return <path key={i} d={s.d} {...paint} />;
          case 'rect':
            return <rect key={i} x={s.x} y={s.y} width={s.w} height={s.h} rx={s.rx} {...paint} />;
          case 'circle':
            return <circle key={i} cx={s.cx} cy={s.cy} r={s.r} {...paint} />;
          case 'ellipse':
            return <ellipse key={i} cx={s.cx} cy={s.cy} rx={s.rx} ry={s.ry} {...paint} />;
        }
      })}
    </svg>
  );
}

export const RoleIcon = memo(RoleIconView);
