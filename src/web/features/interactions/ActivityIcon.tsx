import { ThemeIcon } from '@mantine/core';
import type { ReactNode } from 'react';
import type { InteractionKind } from './interactions.types.js';

export type ActivityType = InteractionKind | 'task' | 'task_done' | 'stage_change' | 'value_assessment';

// Inline outlines, like the partner type icon: no icon font is fetched.
const PATHS: Record<ActivityType, ReactNode> = {
  email: (
    <>
      <rect x="3" y="5" width="18" height="14" rx="2" />
      <path d="M3 7l9 6 9-6" />
    </>
  ),
  phone_call: <path d="M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2" />,
  video_call: (
    <>
      <rect x="3" y="6" width="12" height="12" rx="2" />
      <path d="M15 10l6-3v10l-6-3z" />
    </>
  ),
  meeting: (
    <>
      <circle cx="9" cy="8" r="3" />
      <path d="M3 20c0-3 3-5 6-5s6 2 6 5" />
      <circle cx="17" cy="9" r="2.5" />
      <path d="M16 14c3 0 5 2 5 5" />
    </>
  ),
  message: <path d="M4 5h16v11H9l-5 4z" />,
  event_encounter: <path d="M12 3l2.6 5.6 6 .7-4.5 4.1 1.2 6L12 16.5l-5.3 2.9 1.2-6-4.5-4.1 6-.7z" />,
  site_visit: (
    <>
      <path d="M12 21s-7-6.2-7-11a7 7 0 0 1 14 0c0 4.8-7 11-7 11z" />
      <circle cx="12" cy="10" r="2.5" />
    </>
  ),
  other: (
    <>
      <circle cx="12" cy="12" r="8" />
      <path d="M8 12h.01M12 12h.01M16 12h.01" />
    </>
  ),
  task: <rect x="4" y="4" width="16" height="16" rx="2" />,
  task_done: (
    <>
      <rect x="4" y="4" width="16" height="16" rx="2" />
      <path d="M8 12l3 3 5-6" />
    </>
  ),
  stage_change: <path d="M5 21V4h11l-2 4 2 4H5" />,
  value_assessment: <path d="M12 4v16M6 20h12M7 4h10M4 11l3-6 3 6a3 3 0 0 1-6 0zM14 11l3-6 3 6a3 3 0 0 1-6 0z" />,
};

/** A small outline picture of an interaction kind or timeline item, in a tinted circle. */
export function ActivityIcon({
  type,
  color = 'blue',
  size = 28,
}: {
  type: ActivityType;
  color?: string;
  size?: number;
}) {
  return (
    <ThemeIcon variant="light" color={color} radius="xl" size={size} aria-hidden>
      <svg
        width={size * 0.6}
        height={size * 0.6}
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth={2}
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        {PATHS[type]}
      </svg>
    </ThemeIcon>
  );
}
