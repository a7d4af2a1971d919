import type { ReactNode } from 'react';

/**
 * A line icon on a 24-unit grid in the text's colour, hidden from screen readers (the control
 * that holds it carries the name). The shapes are the children.
 */
export function LineIcon({ size = 20, weight = 2, children }: { size?: number; weight?: number; children: ReactNode }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={weight}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden
    >
      {children}
    </svg>
  );
}
